import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import {
  filterCount,
  groupByDay,
  listRange,
  parseSessionsPage,
  sessionQuery,
  toSearchParams,
  type SessionFilters,
  type SessionsPageState,
  type SessionsView,
} from './filters';
import { useActingCities } from '../content/useActingCities';
import { useSessionList } from './queries';
import { SessionCalendar } from './SessionCalendar';
import { SessionCard } from './SessionCard';
import { SessionFilterPanel } from './SessionFilterPanel';
import { useSessionFormat } from './SessionTimes';
import { useViewerZone } from './viewerZone';
import { ZonePicker } from './ZonePicker';
import './sessions.css';
import { Pagination } from '../../components/Pagination';

const PER_PAGE = 20;

function SessionList({ state, zone }: { state: SessionsPageState; zone: string }) {
  const { t, tn } = useI18n();
  const format = useSessionFormat();
  // "From now on" is the moment the page opened, so the query stays the same while it is open.
  const [now] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000));
  const list = useSessionList(
    sessionQuery(state.filters, listRange(state.filters, zone, now)),
    state.page,
    PER_PAGE,
  );
  const total = list.data?.total;
  const groups = groupByDay(list.data?.items ?? [], zone);
  return (
    <section className="session-results" aria-labelledby="session-results-title">
      <h2 id="session-results-title" aria-live="polite">
        {total === undefined
          ? t('Sessions')
          : state.filters.from === null
            ? tn('{count} upcoming session', '{count} upcoming sessions', total)
            : tn('{count} session', '{count} sessions', total)}
      </h2>
      {list.isPending && <Loading />}
      {list.isError && <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 &&
        (filterCount(state.filters) === 0 ? (
          <EmptyState
            message={t('No sessions have been scheduled yet.')}
            explanation={t(
              'When a city schedules a session, it will be listed here with its date in your time zone, its languages and the seats left.',
            )}
          >
            <Link to="/cities">{t('Meet the cities')}</Link>
          </EmptyState>
        ) : (
          <p>{t('No session matches these filters. Try removing some of them.')}</p>
        ))}
      {groups.map((group) => (
        <section key={group.day} className="session-day" aria-labelledby={`day-${group.day}`}>
          <h3 id={`day-${group.day}`} className="session-day__title">
            <time dateTime={group.day}>{format.day(group.day)}</time>
          </h3>
          <ul className="session-list">
            {group.items.map((item) => (
              <SessionCard key={item.id} session={item} zone={zone} headingLevel={4} />
            ))}
          </ul>
        </section>
      ))}
      {total !== undefined && (
        <Pagination
          page={state.page}
          total={total}
          perPage={PER_PAGE}
          label={t('Pages of the list')}
          linkTo={(page) => `/sessions?${toSearchParams({ ...state, page }).toString()}`}
        />
      )}
    </section>
  );
}

function ViewSwitch({
  view,
  onChange,
}: {
  view: SessionsView;
  onChange(view: SessionsView): void;
}) {
  const { t } = useI18n();
  const views: { value: SessionsView; label: string }[] = [
    { value: 'list', label: t('List') },
    { value: 'calendar', label: t('Calendar') },
  ];
  return (
    <div className="view-switch" role="group" aria-label={t('Show the sessions as')}>
      {views.map(({ value, label }) => (
        <button
          key={value}
          type="button"
          className="view-switch__option"
          aria-pressed={view === value}
          onClick={() => onChange(value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

export function SessionsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = parseSessionsPage(params);
  const { zone } = useViewerZone();
  const { data: user } = useCurrentUser();
  const canOrganise = useActingCities('organiser').length > 0;

  function change(next: Partial<SessionsPageState>, replace = false) {
    setParams(toSearchParams({ ...state, ...next }), { replace });
  }

  return (
    <Page
      title={t('Peer-learning sessions')}
      lead={t('Workshops, study visits, webinars and forums that cities host for each other.')}
    >
      <div className="sessions-toolbar">
        <ViewSwitch view={state.view} onChange={(view) => change({ view, page: 1 })} />
        <ZonePicker />
        <div className="sessions-toolbar__links">
          {user && <Link to="/me/bookings">{t('My bookings')}</Link>}
          {canOrganise && (
            <Link className="button" to="/sessions/new">
              {t('New session')}
            </Link>
          )}
        </div>
      </div>
      <p className="zone-note" role="note">
        {t(
          'Times are shown in your time zone ({zone}). Where the host’s clocks show another time, the host’s time is given beside it, marked ⚠.',
          { zone: isolate(zone) },
        )}
      </p>
      <SessionFilterPanel
        filters={state.filters}
        withDates={state.view === 'list'}
        onChange={(filters: SessionFilters) => change({ filters, page: 1 })}
      />
      {state.view === 'list' ? (
        <SessionList state={state} zone={zone} />
      ) : (
        <SessionCalendar
          filters={state.filters}
          zone={zone}
          day={state.day}
          onDay={(day, options) => change({ day }, options?.replace ?? false)}
        />
      )}
    </Page>
  );
}
