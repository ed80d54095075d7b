import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LanguageNote } from '../../components/LanguageNote';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../i18n/languages';
import { useCurrentUser } from '../../api/currentUser';
import { useCityName } from '../../api/cities';
import { SdgIcon } from '../../components/SdgIcon';
import { useSdgLookup, useThemeLabel } from '../../api/taxonomy';
import { AdoptionPanel } from './AdoptionPanel';
import { fieldLabel, textFieldLabel } from './labels';
import { canManage } from './permissions';
import { DetailRoute } from '../content/DetailRoute';
import { RevisionList } from '../content/RevisionList';
import { useDeletePractice, usePractice, usePracticeRevisions } from './queries';
import { QuestionThread } from './QuestionThread';
import { ServerHtml } from './ServerHtml';
import { SimilarPractices } from './SimilarPractices';
import type { Practice } from './types';
import './practices.css';

function DeleteControl({ practice }: { practice: Practice }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const remove = useDeletePractice();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t('Delete')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby="delete-question">
      <p id="delete-question">
        {t('Delete this practice? A platform administrator can restore it.')}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(practice.id, {
              onSuccess: () => navigate('/practices', { replace: true }),
            })
          }
        >
          {t('Yes, delete it')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          autoFocus
          onClick={() => setConfirming(false)}
        >
          {t('Keep it')}
        </button>
      </div>
      {remove.isError && <ErrorPanel error={remove.error} />}
    </div>
  );
}

const STORY_FIELDS = ['problem', 'solution', 'results', 'lessons'] as const;

function PracticeDetails({ practice }: { practice: Practice }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { data: user } = useCurrentUser();
  const cityName = useCityName();
  const themeLabel = useThemeLabel();
  const sdg = useSdgLookup();
  const revisions = usePracticeRevisions(practice.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = chosen !== null && practice.translations[chosen] ? chosen : practice.language;
  const title = practice.translations[shown]?.title ?? practice.title;
  const html = practice.html[shown];
  const dir = directionOf(shown);

  return (
    <Page title={title} titleLang={shown} titleDir={dir}>
      <LanguageNote item={practice} shown={shown} onShow={setChosen} />
      {canManage(user, practice) && (
        <div className="owner-actions" role="group" aria-label={t('Manage this practice')}>
          <Link className="button" to={`/practices/${practice.id}/edit`}>
            {t('Edit')}
          </Link>
          <DeleteControl practice={practice} />
        </div>
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
        <aside className="initiative-layout__facts" aria-label={t('Facts')}>
          <dl className="facts">
            <div>
              <dt>{t('City')}</dt>
              <dd>
                <Link to={`/cities/${practice.city}`}>{cityName(practice.city)}</Link>
              </dd>
            </div>
            {practice.contact && (
              <div>
                <dt>{t('Contact')}</dt>
                <dd className="break-anywhere">
                  <bdi>{practice.contact}</bdi>
                </dd>
              </div>
            )}
            {practice.sdgs.length > 0 && (
              <div>
                <dt>{t('Sustainable Development Goals')}</dt>
                <dd>
                  <ul className="sdg-list">
                    {practice.sdgs.map((number) => (
                      <li key={number}>
                        <SdgIcon number={number} size="small" />
                        <span aria-hidden="true">{sdg(number)?.title}</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {practice.themes.length > 0 && (
              <div>
                <dt>{t('Themes')}</dt>
                <dd>
                  <ul className="labels">
                    {practice.themes.map((theme) => (
                      <li key={theme} className="label">
                        {themeLabel(theme)}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {practice.initiatives.length > 0 && (
              <div>
                <dt>{t('Linked initiatives')}</dt>
                <dd>
                  <ul className="plain-list">
                    {practice.initiatives.map((initiative) => (
                      <li key={initiative.id}>
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
                </dd>
              </div>
            )}
            <div>
              <dt>{t('Last updated')}</dt>
              <dd>
                <time dateTime={practice.updated_at}>
                  {format.date(new Date(practice.updated_at))}
                </time>
              </dd>
            </div>
          </dl>
        </aside>
      </div>
      <AdoptionPanel practice={practice} />
      <QuestionThread practice={practice} />
      <section aria-labelledby="practice-revisions">
        <h2 id="practice-revisions">{t('Revisions')}</h2>
        <RevisionList
          revisions={revisions}
          createdAt={practice.created_at}
          fieldLabel={fieldLabel}
        />
      </section>
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
      render={(practice) => <PracticeDetails key={practice.id} practice={practice} />}
    />
  );
}
