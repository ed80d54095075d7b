import { Link } from 'react-router';
import { useCurrentUser } from '../../api/currentUser';
import { CityFact, Fact, FactsAside, SdgFact, ThemeFact } from '../../components/Facts';
import { FollowButton } from '../../components/FollowButton';
import { LanguageNote } from '../../components/LanguageNote';
import { OwnerActions } from '../../components/OwnerActions';
import { Page } from '../../components/Page';
import { Paragraphs } from '../../components/Paragraphs';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { DeleteControl } from '../content/DeleteControl';
import { DetailRoute } from '../content/DetailRoute';
import { IndicatorsSection } from '../content/IndicatorsSection';
import { canKeepProgrammes } from '../content/permissions';
import { RevisionList } from '../content/RevisionList';
import { useShownLanguage } from '../content/useShownLanguage';
import { ActionsTable } from './ActionsTable';
import { StalledHelp } from './Help';
import { ImportDialog } from './ImportDialog';
import { fieldLabel, kindLabel } from './labels';
import { ProgrammeFigures } from './ProgrammeFigures';
import {
  useActionList,
  useDeleteProgramme,
  useProgramme,
  useProgrammeRevisions,
  WRITES_REFRESH,
} from './queries';
import type { Programme } from './types';
import './programmes.css';

const ALL_ACTIONS = { status: [], rag: [], theme: [], sort: null };

/** The actions that need help first: red at their latest check-in, or silent too long. */
function StalledActions({ programme }: { programme: Programme }) {
  const { t, format } = useI18n();
  const actions = useActionList(programme.id, ALL_ACTIONS, 1);
  const stalled = programme.summary.stalled;
  const titles = new Map((actions.data?.items ?? []).map((action) => [action.id, action]));
  return (
    <section
      aria-labelledby="programme-stalled"
      className={stalled.length > 0 ? 'stalled stalled--some' : 'stalled'}
    >
      <h2 id="programme-stalled">{t('Stalled actions')}</h2>
      {stalled.length === 0 ? (
        <p>{t('No action is stalled.')}</p>
      ) : (
        <ul className="stalled__list">
          {stalled.map((id) => {
            const action = titles.get(id);
            const latest = action?.latest_check_in;
            return (
              <li key={id}>
                <Link to={`/actions/${id}`} lang={action?.language} dir="auto">
                  {action?.title ?? t('Action {number}', { number: format.number(id) })}
                </Link>
                {latest && latest.blockers.length > 0 && (
                  <span className="stalled__blockers">
                    {t('Blocked by: {blockers}', {
                      blockers: format.list(latest.blockers.map(isolate)),
                    })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <StalledHelp />
    </section>
  );
}

function Downloads({ programme }: { programme: Programme }) {
  const { t, language } = useI18n();
  const base = `/api/v1/programmes/${programme.id}/actions`;
  return (
    <ul className="downloads" aria-label={t('Download the actions')}>
      <li>
        <a className="button button--secondary" href={`${base}.csv?lang=${language}`} download>
          {t('Download as CSV')}
        </a>
      </li>
      <li>
        <a className="button button--secondary" href={`${base}.xlsx?lang=${language}`} download>
          {t('Download as Excel (XLSX)')}
        </a>
      </li>
    </ul>
  );
}

function ProgrammeDetails({ programme }: { programme: Programme }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { data: user } = useCurrentUser();
  const { shown, dir, show } = useShownLanguage(programme);
  const text = programme.translations[shown] ?? {
    title: programme.title,
    summary: programme.summary_text,
  };
  const canKeep = canKeepProgrammes(user, programme.city);
  const revisions = useProgrammeRevisions(programme.id);

  return (
    <Page title={text.title} titleLang={shown} titleDir={dir}>
      <div className="page-actions">
        <FollowButton kind="programme" followKey={String(programme.id)} label={text.title} />
      </div>
      <LanguageNote item={programme} shown={shown} onShow={show} />
      {canKeep && (
        <OwnerActions
          label={t('Manage this programme')}
          editTo={`/programmes/${programme.id}/edit`}
        >
          <Link className="button button--secondary" to={`/programmes/${programme.id}/actions/new`}>
            {t('Add an action')}
          </Link>
          <DeleteControl
            useDelete={useDeleteProgramme}
            id={programme.id}
            question={t(
              'Delete this programme and hide its actions? A platform administrator can restore it.',
            )}
            leaveTo={`/programmes?city=${programme.city}`}
          />
        </OwnerActions>
      )}
      <div className="initiative-layout">
        <div className="initiative-layout__main">
          {text.summary && <Paragraphs text={text.summary} lang={shown} />}
          <StalledActions programme={programme} />
        </div>
        <FactsAside>
          <CityFact term={t('City')} slug={programme.city} />
          <Fact term={t('Kind')}>{kindLabel(programme.kind, i18n)}</Fact>
          <Fact term={t('Period')}>
            {t('{start} to {end}', {
              start: format.day(programme.period_start),
              end: format.day(programme.period_end),
            })}
          </Fact>
          {programme.baseline_year !== null && (
            <Fact term={t('Baseline year')}>
              {format.number(programme.baseline_year, { useGrouping: false })}
            </Fact>
          )}
          <SdgFact sdgs={programme.sdgs} />
          <ThemeFact themes={programme.themes} />
        </FactsAside>
      </div>
      <ProgrammeFigures figures={programme.summary} />
      <IndicatorsSection
        headingId="programme-targets"
        heading={t('Targets')}
        none={t('No targets have been set for this programme yet.')}
        indicators={programme.indicators}
        language={shown}
        owner={{ kind: 'programme', id: programme.id, refresh: WRITES_REFRESH }}
        canEdit={canKeep}
        addLabel={t('Add a target')}
      />
      <section aria-labelledby="programme-actions">
        <h2 id="programme-actions">{t('Actions')}</h2>
        <div className="programme-actions__tools">
          <Downloads programme={programme} />
          {canKeep && <ImportDialog programmeId={programme.id} />}
        </div>
        <ActionsTable programmeId={programme.id} />
      </section>
      <RevisionList
        headingId="programme-revisions"
        revisions={revisions}
        createdAt={programme.created_at}
        fieldLabel={fieldLabel}
      />
    </Page>
  );
}

export function ProgrammePage() {
  const { t } = useI18n();
  return (
    <DetailRoute
      useItem={useProgramme}
      title={t('Programme')}
      back={{ to: '/programmes', label: t('See all programmes') }}
      render={(programme) => <ProgrammeDetails programme={programme} />}
    />
  );
}
