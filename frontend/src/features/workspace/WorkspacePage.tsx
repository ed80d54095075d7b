import { useId, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCities, useCityName } from '../../api/cities';
import { useCurrentUser, type CurrentUser } from '../../api/currentUser';
import type { components } from '../../api/schema';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { LogInPage } from '../../components/LogIn';
import { Page } from '../../components/Page';
import { SdgIconList } from '../../components/SdgIcon';
import { useI18n } from '../../i18n/I18nProvider';
import { labelTable } from '../../i18n/labelTable';
import {
  auditActionLabel,
  auditEntityLabel,
  auditEntityPath,
  periodLabel,
} from '../content/auditLabels';
import { SdgHelp } from '../../components/SdgHelp';
import {
  useWorkspace,
  type ExchangeRequest,
  type JourneyStep,
  type MyBooking,
  type PartnerSuggestion,
  type Workspace,
} from './queries';
import './workspace.css';

type SessionItem = components['schemas']['SessionListItem'];
type ActionItem = components['schemas']['ActionListItem'];

export const ragLabel = labelTable<components['schemas']['Rag']>((t) => ({
  green: t('Green: on track'),
  amber: t('Amber: at risk'),
  red: t('Red: off track'),
}));

const proposedKindLabel = labelTable<ExchangeRequest['proposed_kind']>((t) => ({
  study_visit: t('Study visit'),
  webinar: t('Webinar'),
  bilateral_meeting: t('Bilateral meeting'),
  workshop: t('Workshop'),
}));

/** A part of the workspace: a heading with how many, the items, or what to do when there are none. */
function WorkspaceCard({
  title,
  count,
  empty,
  help,
  children,
}: {
  title: string;
  count?: number;
  /** What to do next when there is nothing (else false): shown instead of the items. */
  empty: ReactNode;
  help?: ReactNode;
  children?: ReactNode;
}) {
  const { format } = useI18n();
  const headingId = useId();
  return (
    <section className="card workspace-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="workspace-card__title">
        <span>{title}</span>
        {count !== undefined && (
          <span
            className={`workspace-card__count${count === 0 ? ' workspace-card__count--none' : ''}`}
          >
            {format.number(count)}
          </span>
        )}
      </h2>
      {help}
      {empty ? <div className="workspace-card__empty">{empty}</div> : children}
    </section>
  );
}

function SessionLine({
  session,
  to,
  detail,
}: {
  session: Pick<SessionItem, 'title' | 'language' | 'starts_at' | 'timezone'>;
  to: string;
  detail: string;
}) {
  const { format } = useI18n();
  return (
    <li>
      <Link to={to} lang={session.language} dir="auto">
        {session.title}
      </Link>
      <span className="workspace-item__meta">
        <time dateTime={session.starts_at}>
          {format.dateTime(new Date(session.starts_at), session.timezone)}
        </time>
        {' · '}
        {detail}
      </span>
    </li>
  );
}

function ActionLine({ action }: { action: ActionItem }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const checkIn = action.latest_check_in;
  return (
    <li>
      <Link to={`/actions/${action.id}`} lang={action.language} dir="auto">
        {action.title}
      </Link>
      <span className="workspace-item__meta">
        {checkIn === null
          ? t('No check-in yet')
          : t('Last check-in {period}: {rating}, {progress} done', {
              period: periodLabel(checkIn.period, i18n),
              rating: ragLabel(checkIn.rag, i18n),
              progress: format.number(checkIn.progress / 100, { style: 'percent' }),
            })}
        {action.owner !== '' && (
          <>
            {' · '}
            <bdi>{action.owner}</bdi>
          </>
        )}
      </span>
    </li>
  );
}

function RequestLine({ request }: { request: ExchangeRequest }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  return (
    <li>
      <Link to={`/exchange-requests#exchange-${request.id}`}>
        {t('{proposal}: {from} → {to}', {
          proposal: proposedKindLabel(request.proposed_kind, i18n),
          from: request.from_city_name,
          to: request.to_city_name,
        })}
      </Link>
      <span className="workspace-item__meta">
        {t('Sent on {date}', { date: format.date(new Date(request.created_at)) })}
        {request.sdg !== null && <> · {t('SDG {number}', { number: request.sdg })}</>}
      </span>
      <span className="workspace-item__quote" dir="auto">
        {request.message}
      </span>
    </li>
  );
}

function PartnerLine({
  partner,
  city,
  gaps,
}: {
  partner: PartnerSuggestion;
  city: string;
  gaps: number[];
}) {
  // The partners page opens the goal this partner's work covers, else the first gap.
  const goal = partner.sdgs[0] ?? gaps[0];
  return (
    <li>
      <Link to={`/cities/${city}?partners=${goal}#partners-title`}>{partner.name}</Link>
      <span className="workspace-item__meta workspace-item__reason">{partner.reason}</span>
    </li>
  );
}

function BookingLine({ booking }: { booking: MyBooking }) {
  const i18n = useI18n();
  const { t } = i18n;
  const cityName = useCityName();
  const session = booking.session_detail;
  const state =
    booking.status === 'waitlisted' && booking.position !== null
      ? t('Number {position} on the waitlist', { position: booking.position })
      : booking.status === 'waitlisted'
        ? t('On the waitlist')
        : t('Confirmed');
  return (
    <SessionLine
      session={session}
      to={`/sessions/${session.id}`}
      detail={`${cityName(session.host_city)} · ${state}`}
    />
  );
}

function JourneyLine({ step }: { step: JourneyStep }) {
  const { t } = useI18n();
  const cityName = useCityName();
  const stage = step.stage_title ?? '';
  const texts: Record<string, string> = {
    invited: t('{coach} invites you to this coaching journey: accept or decline it.', {
      coach: cityName(step.journey.coach_city),
    }),
    submitted: t('{city} submitted the stage “{stage}”: approve it or return it with a comment.', {
      city: cityName(step.journey.coachee_city),
      stage,
    }),
    returned: t('The stage “{stage}” was returned: read the comment and submit it again.', {
      stage,
    }),
    in_progress: t('The stage “{stage}” is under way: finish its tasks and submit it.', { stage }),
    not_started: t('The stage “{stage}” is next: start on its tasks.', { stage }),
  };
  return (
    <li>
      <Link to={`/journeys/${step.journey.id}`} lang={step.journey.language} dir="auto">
        {step.journey.title}
      </Link>
      <span className="workspace-item__meta">{texts[step.status] ?? stage}</span>
    </li>
  );
}

/** The cities whose workspace the user may open: their own, or every city for a platform admin. */
function workspaceCities(user: CurrentUser, allCities: readonly string[]): string[] {
  if (user.is_admin) return [...allCities];
  return [...new Set(user.memberships.map((membership) => membership.city))];
}

function CitySwitcher({ cities, current }: { cities: string[]; current: string }) {
  const { t } = useI18n();
  const cityName = useCityName();
  const navigate = useNavigate();
  if (cities.length < 2) return null;
  return (
    <div className="field workspace-switcher">
      <label htmlFor="workspace-city">{t('City')}</label>
      <select
        id="workspace-city"
        value={current}
        onChange={(event) =>
          void navigate(`/workspace?city=${encodeURIComponent(event.target.value)}`)
        }
      >
        {cities.map((slug) => (
          <option key={slug} value={slug}>
            {cityName(slug)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Cards({ workspace }: { workspace: Workspace }) {
  const i18n = useI18n();
  const { t, tn, format } = i18n;
  const cityName = useCityName();
  const city = cityName(workspace.city);
  const roles = new Set(workspace.roles);
  const organiser = roles.has('organiser');
  const keeper = roles.has('delegate') || roles.has('city_admin');
  const partnersHeadingId = useId();
  const seats = (session: SessionItem) =>
    t('{taken} of {capacity} seats taken', {
      taken: session.seats_taken,
      capacity: session.capacity,
    });

  return (
    <div className="workspace-grid">
      {organiser && (
        <WorkspaceCard
          title={t('Attendance to mark')}
          count={workspace.attendance_to_mark.length}
          empty={
            workspace.attendance_to_mark.length === 0 && (
              <p>
                {t(
                  'No session that has been held waits for attendance. After each session you host, tick who attended so they can download a certificate.',
                )}
              </p>
            )
          }
        >
          <ul className="workspace-list">
            {workspace.attendance_to_mark.map(({ session, confirmed_bookings }) => (
              <SessionLine
                key={session.id}
                session={session}
                to={`/sessions/${session.id}/bookings`}
                detail={tn(
                  '{count} confirmed booking to check',
                  '{count} confirmed bookings to check',
                  confirmed_bookings,
                )}
              />
            ))}
          </ul>
        </WorkspaceCard>
      )}
      {organiser && (
        <WorkspaceCard
          title={t('Waitlists')}
          count={workspace.sessions_with_waitlist.length}
          empty={
            workspace.sessions_with_waitlist.length === 0 && (
              <p>
                {t(
                  'Nobody is waiting for a seat in your coming sessions. When a session fills up, its waitlist shows here.',
                )}
              </p>
            )
          }
        >
          <ul className="workspace-list">
            {workspace.sessions_with_waitlist.map((session) => (
              <SessionLine
                key={session.id}
                session={session}
                to={`/sessions/${session.id}/bookings`}
                detail={tn(
                  '{count} booking on the waitlist',
                  '{count} bookings on the waitlist',
                  session.waitlist,
                )}
              />
            ))}
          </ul>
        </WorkspaceCard>
      )}
      {workspace.exchange_requests_to_answer !== null ? (
        <WorkspaceCard
          title={t('Exchange requests to answer')}
          count={workspace.exchange_requests_waiting}
          empty={
            workspace.exchange_requests_to_answer.length === 0 && (
              <p>
                {t(
                  'No city waits for an answer from {city}. When another city proposes a study visit, a webinar, a meeting or a workshop, it shows here; to propose one yourself, find partners for a goal without an initiative.',
                  { city },
                )}
              </p>
            )
          }
        >
          <ul className="workspace-list">
            {workspace.exchange_requests_to_answer.map((request) => (
              <RequestLine key={request.id} request={request} />
            ))}
          </ul>
          <p className="workspace-card__more">
            <Link to="/exchange-requests">{t('Answer them in the exchange requests')}</Link>
          </p>
        </WorkspaceCard>
      ) : (
        workspace.exchange_requests_waiting > 0 && (
          <WorkspaceCard
            title={t('Exchange requests')}
            count={workspace.exchange_requests_waiting}
            empty={false}
          >
            <p>
              {tn(
                '{count} request from another city waits for an answer from the city admins and organisers of {city}.',
                '{count} requests from other cities wait for an answer from the city admins and organisers of {city}.',
                workspace.exchange_requests_waiting,
                { city },
              )}
            </p>
            <p>
              <Link to="/exchange-requests">{t('Exchange requests')}</Link>
            </p>
          </WorkspaceCard>
        )
      )}
      {keeper && (
        <WorkspaceCard
          title={t('Check-ins due for {period}', {
            period: periodLabel(workspace.check_in_period, i18n),
          })}
          count={workspace.check_ins_due.length}
          help={
            <p className="field__hint">
              {t(
                'Every action of a programme is followed up each quarter with a check-in: a RAG rating (red, amber or green), its progress and what blocks it.',
              )}
            </p>
          }
          empty={
            workspace.check_ins_due.length === 0 && (
              <p>
                {t(
                  'Every ongoing action has its check-in for this quarter. Add actions to a programme to follow them up here.',
                )}
              </p>
            )
          }
        >
          <ul className="workspace-list">
            {workspace.check_ins_due.map((action) => (
              <ActionLine key={action.id} action={action} />
            ))}
          </ul>
        </WorkspaceCard>
      )}
      {keeper && (
        <WorkspaceCard
          title={t('Stalled actions')}
          count={workspace.stalled_actions.length}
          help={
            <p className="field__hint">
              {t(
                'An action is stalled when its latest check-in is red, or when it is ongoing and has had no check-in for the last two full quarters.',
              )}
            </p>
          }
          empty={
            workspace.stalled_actions.length === 0 && (
              <p>{t('No action is stalled. Keep checking in every quarter to keep it so.')}</p>
            )
          }
        >
          <ul className="workspace-list">
            {workspace.stalled_actions.map((action) => (
              <ActionLine key={action.id} action={action} />
            ))}
          </ul>
        </WorkspaceCard>
      )}
      <WorkspaceCard
        title={t('Coaching journeys')}
        count={workspace.journey_steps.length}
        help={
          <p className="field__hint">
            {t(
              'In a coaching journey an experienced city guides another, stage by stage, from a first baseline to international reporting.',
            )}
          </p>
        }
        empty={
          workspace.journey_steps.length === 0 && (
            <p>{t('No stage of a coaching journey waits for you or your city.')}</p>
          )
        }
      >
        <ul className="workspace-list">
          {workspace.journey_steps.map((step) => (
            <JourneyLine key={`${step.journey.id}-${step.stage_key ?? step.status}`} step={step} />
          ))}
        </ul>
      </WorkspaceCard>
      {workspace.reported_posts !== null && (
        <WorkspaceCard
          title={t('Reported posts')}
          count={workspace.reported_posts}
          empty={
            workspace.reported_posts === 0 && (
              <p>{t('No question or answer has been reported. Reports by readers show here.')}</p>
            )
          }
        >
          <p>
            {tn(
              '{count} question or answer was reported by readers.',
              '{count} questions or answers were reported by readers.',
              workspace.reported_posts,
            )}
          </p>
          <p>
            <Link to="/moderation">{t('Open the moderation queue')}</Link>
          </p>
        </WorkspaceCard>
      )}
      <WorkspaceCard
        title={t('Goals without an initiative')}
        count={workspace.sdg_gaps.length}
        help={<SdgHelp />}
        empty={
          workspace.sdg_gaps.length === 0 && (
            <p>{t('{city} has initiatives for all 17 goals.', { city })}</p>
          )
        }
      >
        <SdgIconList sdgs={workspace.sdg_gaps} size="small" />
        <p>
          {t(
            'Publish an initiative for one of these goals, or learn from a city that works on it.',
          )}
        </p>
        <p>
          <Link to={`/cities/${workspace.city}#city-coverage`}>
            {t('See the goals {city} covers', { city })}
          </Link>
        </p>
        <h3 id={partnersHeadingId} className="workspace-card__subtitle">
          {t('Cities to learn from')}
        </h3>
        {workspace.partner_suggestions.length === 0 ? (
          <p className="workspace-card__empty">
            {t(
              'No other city has published work on these goals yet. Be the first: publish an initiative for one of them, and others will find you.',
            )}
          </p>
        ) : (
          <ol className="workspace-list" aria-labelledby={partnersHeadingId}>
            {workspace.partner_suggestions.map((partner) => (
              <PartnerLine
                key={partner.city}
                partner={partner}
                city={workspace.city}
                gaps={workspace.sdg_gaps}
              />
            ))}
          </ol>
        )}
      </WorkspaceCard>
      <WorkspaceCard
        title={t('Sessions you host soon')}
        count={workspace.upcoming_hosted.length}
        empty={
          workspace.upcoming_hosted.length === 0 && (
            <>
              <p>
                {t(
                  '{city} hosts no session in the next two months. A webinar or a study visit is a good way to share what works.',
                  { city },
                )}
              </p>
              {organiser && (
                <p>
                  <Link className="button" to="/sessions/new">
                    {t('Plan a session')}
                  </Link>
                </p>
              )}
            </>
          )
        }
      >
        <ul className="workspace-list">
          {workspace.upcoming_hosted.map((session) => (
            <SessionLine
              key={session.id}
              session={session}
              to={`/sessions/${session.id}`}
              detail={seats(session)}
            />
          ))}
        </ul>
      </WorkspaceCard>
      <WorkspaceCard
        title={t('Sessions you booked')}
        count={workspace.my_bookings_total}
        empty={
          workspace.my_bookings.length === 0 && (
            <>
              <p>
                {t(
                  'You have no seat in a coming session. Sessions hosted by other cities are a quick way to learn what works.',
                )}
              </p>
              <p>
                <Link to="/sessions">{t('Find a session')}</Link>
              </p>
            </>
          )
        }
      >
        <ul className="workspace-list">
          {workspace.my_bookings.map((booking) => (
            <BookingLine key={booking.id} booking={booking} />
          ))}
        </ul>
        <p className="workspace-card__more">
          <Link to="/me/bookings">{t('My bookings')}</Link>
        </p>
      </WorkspaceCard>
      <WorkspaceCard
        title={t('Recent changes by colleagues')}
        empty={
          workspace.recent_changes.length === 0 && (
            <p>
              {t(
                'Your colleagues in {city} have changed nothing yet. What they publish and edit shows here.',
                { city },
              )}
            </p>
          )
        }
      >
        <ol className="workspace-list workspace-changes">
          {workspace.recent_changes.map((change, index) => {
            const path = auditEntityPath(change.entity_type, change.entity_id);
            const what = `${auditEntityLabel(change.entity_type, i18n)} ${
              /^\d+$/.test(change.entity_id)
                ? format.number(Number(change.entity_id), { useGrouping: false })
                : change.entity_id
            }`;
            return (
              <li key={`${change.at}-${index}`}>
                <span>
                  <bdi className="workspace-changes__who">{change.who}</bdi>
                  {': '}
                  {auditActionLabel(change.action, i18n)}
                  {' · '}
                  {path === null ? what : <Link to={path}>{what}</Link>}
                </span>
                <time className="workspace-item__meta" dateTime={change.at}>
                  {format.dateTime(new Date(change.at))}
                </time>
              </li>
            );
          })}
        </ol>
      </WorkspaceCard>
    </div>
  );
}

/** "My city": what needs a city's staff now, each part with a link to where it is done. */
export function WorkspacePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const user = useCurrentUser();
  const cities = useCities();
  const cityName = useCityName();
  const asked = params.get('city') ?? undefined;
  const signedIn = Boolean(user.data);
  const mine = user.data
    ? workspaceCities(
        user.data,
        (cities.data ?? []).map((c) => c.slug),
      )
    : [];
  // A platform admin without a city of their own opens the first city's workspace.
  const city = asked ?? (user.data && user.data.memberships.length === 0 ? mine[0] : undefined);
  const workspace = useWorkspace(city, signedIn && (city !== undefined || mine.length > 0));

  if (user.isPending) return <Loading />;
  if (!user.data) {
    return (
      <LogInPage title={t('My city')} lead={t('Log in to see what needs you in your city.')} />
    );
  }
  if (mine.length === 0 && !user.data.is_admin) {
    return (
      <Page
        title={t('My city')}
        lead={t('Your account belongs to no city yet: a city admin can add you.')}
      >
        <p>
          <Link to="/cities">{t('See all cities')}</Link>
        </p>
      </Page>
    );
  }
  const shown = workspace.data?.city ?? city ?? mine[0] ?? '';
  const roles = new Set(workspace.data?.roles ?? []);
  return (
    <Page title={t('My city')} lead={t('What needs you in {city} now.', { city: cityName(shown) })}>
      <div className="workspace-tools">
        <CitySwitcher cities={mine} current={shown} />
        <nav className="workspace-links" aria-label={t('Administration')}>
          <ul className="inline-list">
            {roles.has('city_admin') && (
              <li>
                <Link to={`/cities/${shown}/audit`}>
                  {t('Audit log of {city}', { city: cityName(shown) })}
                </Link>
              </li>
            )}
            {user.data.is_admin && (
              <>
                <li>
                  <Link to="/moderation">{t('Moderation queue')}</Link>
                </li>
                <li>
                  <Link to="/admin/deleted">{t('Deleted items')}</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
      {workspace.isPending && <Loading />}
      {workspace.isError && (
        <ErrorPanel error={workspace.error} onRetry={() => void workspace.refetch()} />
      )}
      {workspace.data !== undefined && <Cards workspace={workspace.data} />}
    </Page>
  );
}
