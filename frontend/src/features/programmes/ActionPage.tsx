import { Link } from 'react-router';
import { useCurrentUser } from '../../api/currentUser';
import { useThemeLabel } from '../../api/taxonomy';
import { ErrorPanel } from '../../components/ErrorPanel';
import { CityFact, Fact, FactsAside, SdgFact } from '../../components/Facts';
import { LanguageNote } from '../../components/LanguageNote';
import { Loading } from '../../components/Loading';
import { OwnerActions } from '../../components/OwnerActions';
import { Page } from '../../components/Page';
import { Paragraphs } from '../../components/Paragraphs';
import { PlainList } from '../../components/PlainList';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { DeleteControl } from '../content/DeleteControl';
import { DetailRoute } from '../content/DetailRoute';
import { canKeepProgrammes } from '../content/permissions';
import { RevisionList } from '../content/RevisionList';
import { useShownLanguage } from '../content/useShownLanguage';
import { CheckInForm } from './CheckInForm';
import { FundingGapHelp, StalledHelp } from './Help';
import { actionStatusLabel, fieldLabel } from './labels';
import { moneyFormat } from './money';
import {
  useAction,
  useActionRevisions,
  useCheckIns,
  useDeleteAction,
  useProgramme,
} from './queries';
import { RagBadge } from './RagBadge';
import { useLinkableInitiatives } from '../content/linkableInitiatives';
import { usePeriodLabel } from './usePeriodLabel';
import type { Action } from './types';
import './programmes.css';

/** Every check-in of the action, newest first. */
function CheckInHistory({ actionId }: { actionId: number }) {
  const { t, format } = useI18n();
  const periodLabel = usePeriodLabel();
  const checkIns = useCheckIns(actionId);
  if (checkIns.isPending) return <Loading />;
  if (checkIns.isError) {
    return <ErrorPanel error={checkIns.error} onRetry={() => void checkIns.refetch()} />;
  }
  if (checkIns.data.length === 0) return <p>{t('This action has not been checked in yet.')}</p>;
  return (
    <ol className="check-ins">
      {checkIns.data.map((checkIn) => (
        <li className={`check-in check-in--${checkIn.rag}`}>
          <h3 className="check-in__period">{periodLabel(checkIn.period)}</h3>
          <p className="check-in__rating">
            <RagBadge rag={checkIn.rag} />{' '}
            {t('{percent} done', {
              percent: format.number(checkIn.progress / 100, { style: 'percent' }),
            })}
          </p>
          {checkIn.note && (
            <p className="check-in__note" dir="auto">
              {checkIn.note}
            </p>
          )}
          {checkIn.blockers.length > 0 && (
            <div className="check-in__blockers">
              <p>{t('Blockers')}</p>
              <ul>
                {checkIn.blockers.map((blocker) => (
                  <li key={blocker}>
                    <bdi>{blocker}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="check-in__who">
            {checkIn.created_by
              ? t('Checked in by {name} on {date}', {
                  name: isolate(checkIn.created_by.display_name),
                  date: format.date(new Date(checkIn.created_at)),
                })
              : t('Checked in on {date}', { date: format.date(new Date(checkIn.created_at)) })}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The initiatives on the map the action serves, by their titles in the reader's language. */
function LinkedInitiatives({ city, ids }: { city: string; ids: readonly number[] }) {
  const { t, format } = useI18n();
  const initiatives = useLinkableInitiatives(city);
  const byId = new Map((initiatives.data?.items ?? []).map((item) => [item.id, item]));
  return (
    <ul className="plain-list">
      {ids.map((id) => {
        const initiative = byId.get(id);
        return (
          <li key={id}>
            <Link to={`/initiatives/${id}`} lang={initiative?.language} dir="auto">
              {initiative?.title ?? t('Initiative {number}', { number: format.number(id) })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function ProgrammeLink({ programmeId }: { programmeId: number }) {
  const { t } = useI18n();
  const programme = useProgramme(programmeId);
  return (
    <Link to={`/programmes/${programmeId}`} lang={programme.data?.language} dir="auto">
      {programme.data?.title ?? t('Programme')}
    </Link>
  );
}

function ActionDetails({ action }: { action: Action }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { data: user } = useCurrentUser();
  const themeLabel = useThemeLabel();
  const { shown, dir, show } = useShownLanguage(action);
  const text = action.translations[shown] ?? {
    title: action.title,
    description: action.description,
  };
  const canKeep = canKeepProgrammes(user, action.city);
  const revisions = useActionRevisions(action.id);
  const money = (amount: number | null) =>
    amount === null || action.currency === null
      ? '—'
      : format.number(amount, moneyFormat(action.currency, amount));

  return (
    <Page title={text.title} titleLang={shown} titleDir={dir}>
      <LanguageNote item={action} shown={shown} onShow={show} />
      <p>
        {t('Action of the programme')} <ProgrammeLink programmeId={action.programme_id} />
      </p>
      {canKeep && (
        <OwnerActions label={t('Manage this action')} editTo={`/actions/${action.id}/edit`}>
          <DeleteControl
            useDelete={useDeleteAction}
            id={action.id}
            question={t('Delete this action? A platform administrator can restore it.')}
            leaveTo={`/programmes/${action.programme_id}`}
          />
        </OwnerActions>
      )}
      {action.stalled && (
        <div className="notice notice--warning stalled-notice">
          <p>
            <strong>{t('This action is stalled.')}</strong>
          </p>
          <StalledHelp />
        </div>
      )}
      <div className="initiative-layout">
        <div className="initiative-layout__main">
          {text.description && <Paragraphs text={text.description} lang={shown} />}
          <section aria-labelledby="action-check-ins">
            <h2 id="action-check-ins">{t('Check-ins')}</h2>
            {canKeep && (
              <CheckInForm
                actionId={action.id}
                lastProgress={action.latest_check_in?.progress ?? 0}
              />
            )}
            <CheckInHistory actionId={action.id} />
          </section>
        </div>
        <FactsAside after={<FundingGapHelp />}>
          <CityFact term={t('City')} slug={action.city} />
          <Fact term={t('Status')}>{actionStatusLabel(action.status, i18n)}</Fact>
          <Fact term={t('Latest rating')}>
            <RagBadge rag={action.latest_check_in?.rag ?? 'none'} />
          </Fact>
          {action.owner && (
            <Fact term={t('Responsible')}>
              <bdi>{action.owner}</bdi>
            </Fact>
          )}
          {action.theme && <Fact term={t('Theme')}>{themeLabel(action.theme)}</Fact>}
          {(action.start_date || action.due_date) && (
            <Fact term={t('Dates')}>
              {action.start_date && (
                <span className="fact-line">
                  {t('Starts {date}', { date: format.day(action.start_date) })}
                </span>
              )}
              {action.due_date && (
                <span className="fact-line">
                  {t('Due {date}', { date: format.day(action.due_date) })}
                </span>
              )}
            </Fact>
          )}
          <Fact term={t('Cost estimate')}>{money(action.cost_estimate)}</Fact>
          <Fact term={t('Funded')}>{money(action.funded_amount)}</Fact>
          <Fact
            term={t('Funding gap')}
            className={action.funding_gap ? 'money-table__gap' : undefined}
          >
            {money(action.funding_gap)}
          </Fact>
          {action.funding_sources.length > 0 && (
            <Fact term={t('Funding sources')}>
              <PlainList items={action.funding_sources} />
            </Fact>
          )}
          {action.initiative_ids.length > 0 && (
            <Fact term={t('Linked initiatives')}>
              <LinkedInitiatives city={action.city} ids={action.initiative_ids} />
            </Fact>
          )}
          <SdgFact sdgs={action.sdgs} />
        </FactsAside>
      </div>
      <RevisionList
        headingId="action-revisions"
        revisions={revisions}
        createdAt={action.created_at}
        fieldLabel={fieldLabel}
      />
    </Page>
  );
}

export function ActionPage() {
  const { t } = useI18n();
  return (
    <DetailRoute
      useItem={useAction}
      title={t('Action')}
      back={{ to: '/programmes', label: t('See all programmes') }}
      render={(action) => <ActionDetails action={action} />}
    />
  );
}
