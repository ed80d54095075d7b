import { Link } from 'react-router';
import { LanguageNote } from '../../components/LanguageNote';
import { Page } from '../../components/Page';
import { CityFact, Fact, FactsAside, SdgFact, ThemeFact } from '../../components/Facts';
import { OwnerActions } from '../../components/OwnerActions';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { AdoptionPanel } from './AdoptionPanel';
import { fieldLabel, textFieldLabel } from './labels';
import { canManage } from './permissions';
import { DeleteControl } from '../content/DeleteControl';
import { DetailRoute } from '../content/DetailRoute';
import { useShownLanguage } from '../content/useShownLanguage';
import { RevisionList } from '../content/RevisionList';
import { useDeletePractice, usePractice, usePracticeRevisions } from './queries';
import { QuestionThread } from './QuestionThread';
import { ServerHtml } from './ServerHtml';
import { SimilarPractices } from './SimilarPractices';
import type { Practice } from './types';
import './practices.css';

const STORY_FIELDS = ['problem', 'solution', 'results', 'lessons'] as const;

function PracticeDetails({ practice }: { practice: Practice }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { data: user } = useCurrentUser();
  const revisions = usePracticeRevisions(practice.id);
  const { shown, dir, show: setChosen } = useShownLanguage(practice);
  const title = practice.translations[shown]?.title ?? practice.title;
  const html = practice.html[shown];

  return (
    <Page title={title} titleLang={shown} titleDir={dir}>
      <LanguageNote item={practice} shown={shown} onShow={setChosen} />
      {canManage(user, practice) && (
        <OwnerActions label={t('Manage this practice')} editTo={`/practices/${practice.id}/edit`}>
          <DeleteControl
            useDelete={useDeletePractice}
            id={practice.id}
            question={t('Delete this practice? A platform administrator can restore it.')}
            leaveTo={'/practices'}
          />
        </OwnerActions>
      )}
      <div className="initiative-layout">
        <div className="initiative-layout__main practice-story">
          {html &&
            STORY_FIELDS.filter((field) => html[field] !== '').map((field) => (
              <section key={field} aria-labelledby={`practice-${field}`}>
                <h2 id={`practice-${field}`}>{textFieldLabel(field, i18n)}</h2>
                <ServerHtml source={html} field={field} language={shown} />
              </section>
            ))}
          {html && html.transferability !== '' && (
            <section aria-labelledby="practice-transferability" className="practice-transfer">
              <p className="practice-transfer__kicker">{t('Transferability')}</p>
              <h2 id="practice-transferability">{t('What another city needs')}</h2>
              <ServerHtml source={html} field="transferability" language={shown} />
            </section>
          )}
        </div>
        <FactsAside>
          <CityFact term={t('City')} slug={practice.city} />
          {practice.contact && (
            <Fact term={t('Contact')} className="break-anywhere">
              <bdi>{practice.contact}</bdi>
            </Fact>
          )}
          <SdgFact sdgs={practice.sdgs} />
          <ThemeFact themes={practice.themes} />
          {practice.initiatives.length > 0 && (
            <Fact term={t('Linked initiatives')}>
              <ul className="plain-list">
                {practice.initiatives.map((initiative) => (
                  <li>
                    <Link
                      to={`/initiatives/${initiative.id}`}
                      lang={initiative.language}
                      dir="auto"
                    >
                      {initiative.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          <Fact term={t('Last updated')}>
            <time dateTime={practice.updated_at}>{format.date(new Date(practice.updated_at))}</time>
          </Fact>
        </FactsAside>
      </div>
      <AdoptionPanel practice={practice} />
      <QuestionThread practice={practice} />
      <RevisionList
        headingId="practice-revisions"
        revisions={revisions}
        createdAt={practice.created_at}
        fieldLabel={fieldLabel}
      />
      <section aria-labelledby="practice-similar">
        <h2 id="practice-similar">{t('Similar practices in other cities')}</h2>
        <SimilarPractices practiceId={practice.id} />
      </section>
    </Page>
  );
}

export function PracticePage() {
  const { t } = useI18n();
  return (
    <DetailRoute
      useItem={usePractice}
      title={t('Best practice')}
      back={{ to: '/practices', label: t('See all best practices') }}
      render={(practice) => <PracticeDetails practice={practice} />}
    />
  );
}
