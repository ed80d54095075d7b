import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { LanguageNote } from '../../components/LanguageNote';
import { Page } from '../../components/Page';
import { CityFact, SdgFact, ThemeFact } from '../../components/Facts';
import { OwnerActions } from '../../components/OwnerActions';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { formatView } from './map/filters';
import { IndicatorCard } from '../content/indicators/IndicatorCard';
import { IndicatorForm } from '../content/indicators/IndicatorForm';
import { canPublishFor } from '../content/permissions';
import { useDeleteInitiative, useInitiative, useRevisions, WRITES_REFRESH } from './queries';
import { DetailRoute } from '../content/DetailRoute';
import { useShownLanguage } from '../content/useShownLanguage';
import { RevisionList } from '../content/RevisionList';
import { fieldLabel } from './labels';
import { SimilarList } from './SimilarList';
import { StatusBadge } from './StatusBadge';
import type { Initiative } from './types';
import { Paragraphs } from '../../components/Paragraphs';

function DeleteControl({ initiative }: { initiative: Initiative }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const remove = useDeleteInitiative();
  return (
    <ConfirmAction
      label={t('Delete')}
      variant="danger"
      questionId="delete-question"
      question={t('Delete this initiative? A platform administrator can restore it.')}
      confirmLabel={t('Yes, delete it')}
      keepLabel={t('Keep it')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(initiative.id, {
          onSuccess: () => navigate(`/cities/${initiative.city}`, { replace: true }),
        })
      }
    />
  );
}

/** What other features add to an initiative's page (the programmes that build on it). */
export type RenderInitiativeFollowUp = (initiative: Initiative) => ReactNode;

function InitiativeDetails({
  initiative,
  renderFollowUp,
}: {
  initiative: Initiative;
  renderFollowUp?: RenderInitiativeFollowUp;
}) {
  const { t, format } = useI18n();
  const { data: user } = useCurrentUser();
  const { shown, dir, show: setChosen } = useShownLanguage(initiative);
  const text = initiative.translations[shown] ?? initiative;
  const canEdit = canPublishFor(user, initiative.city);
  const revisions = useRevisions(initiative.id);
  const location = initiative.location;

  return (
    <Page title={text.title} titleLang={shown} titleDir={dir}>
      <LanguageNote item={initiative} shown={shown} onShow={setChosen} />
      {canEdit && (
        <OwnerActions
          label={t('Manage this initiative')}
          editTo={`/initiatives/${initiative.id}/edit`}
        >
          <DeleteControl initiative={initiative} />
        </OwnerActions>
      )}
      <div className="initiative-layout">
        <div className="initiative-layout__main">
          {text.summary && (
            <p className="initiative__summary" lang={shown} dir={dir}>
              {text.summary}
            </p>
          )}
          {text.description && (
            <section aria-labelledby="initiative-description">
              <h2 id="initiative-description">{t('Description')}</h2>
              <Paragraphs text={text.description} lang={shown} />
            </section>
          )}
          {text.purpose && (
            <section aria-labelledby="initiative-purpose">
              <h2 id="initiative-purpose">{t('Purpose')}</h2>
              <Paragraphs text={text.purpose} lang={shown} />
            </section>
          )}
          <section aria-labelledby="initiative-indicators">
            <h2 id="initiative-indicators">{t('Indicators')}</h2>
            {initiative.indicators.length === 0 ? (
              <p>{t('No indicators have been set for this initiative yet.')}</p>
            ) : (
              <ul className="indicators">
                {initiative.indicators.map((indicator) => (
                  <IndicatorCard
                    key={indicator.id}
                    indicator={indicator}
                    language={shown}
                    canEdit={canEdit}
                    refresh={WRITES_REFRESH}
                  />
                ))}
              </ul>
            )}
            {canEdit && (
              <IndicatorForm
                owner={{ kind: 'initiative', id: initiative.id, refresh: WRITES_REFRESH }}
                addLabel={t('Add indicator')}
              />
            )}
          </section>
        </div>
        <aside className="initiative-layout__facts" aria-label={t('Facts')}>
          <dl className="facts">
            <CityFact term={t('City')} slug={initiative.city} />
            <div>
              <dt>{t('Status')}</dt>
              <dd>
                <StatusBadge status={initiative.status} />
              </dd>
            </div>
            {(initiative.start_date || initiative.end_date) && (
              <div>
                <dt>{t('Dates')}</dt>
                <dd>
                  {initiative.start_date && (
                    <span className="fact-line">
                      {t('Starts {date}', { date: format.day(initiative.start_date) })}
                    </span>
                  )}
                  {initiative.end_date && (
                    <span className="fact-line">
                      {t('Ends {date}', { date: format.day(initiative.end_date) })}
                    </span>
                  )}
                </dd>
              </div>
            )}
            <SdgFact sdgs={initiative.sdgs} />
            <ThemeFact themes={initiative.themes} />
            {location && (
              <div>
                <dt>{t('Location')}</dt>
                <dd>
                  {location.district && (
                    <span className="fact-line">
                      <bdi>{location.district}</bdi>
                    </span>
                  )}
                  <span className="fact-line fact-line--muted">
                    {t('{lat}, {lng}', {
                      lat: format.number(location.lat, { maximumFractionDigits: 4 }),
                      lng: format.number(location.lng, { maximumFractionDigits: 4 }),
                    })}
                  </span>
                  <Link
                    className="fact-line"
                    to={`/map?view=${formatView({ lat: location.lat, lng: location.lng, zoom: 14 })}`}
                  >
                    {t('Show on the map')}
                  </Link>
                </dd>
              </div>
            )}
            {initiative.partners.length > 0 && (
              <div>
                <dt>{t('Partners')}</dt>
                <dd>
                  <ul className="plain-list">
                    {initiative.partners.map((partner) => (
                      <li key={partner}>
                        <bdi>{partner}</bdi>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {initiative.target_groups.length > 0 && (
              <div>
                <dt>{t('Target groups')}</dt>
                <dd>
                  <ul className="plain-list">
                    {initiative.target_groups.map((group) => (
                      <li key={group}>
                        <bdi>{group}</bdi>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {initiative.website && (
              <div>
                <dt>{t('Website')}</dt>
                <dd>
                  <a
                    href={initiative.website}
                    rel="noopener noreferrer"
                    target="_blank"
                    className="break-anywhere"
                  >
                    <bdi>{initiative.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</bdi>
                    <span className="visually-hidden"> {t('(opens in a new tab)')}</span>
                  </a>
                </dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
      {renderFollowUp?.(initiative)}
      <RevisionList
        headingId="initiative-revisions"
        revisions={revisions}
        createdAt={initiative.created_at}
        fieldLabel={fieldLabel}
      />
      <section aria-labelledby="initiative-similar">
        <h2 id="initiative-similar">{t('Similar initiatives in other cities')}</h2>
        <SimilarList initiativeId={initiative.id} />
      </section>
    </Page>
  );
}

export function InitiativePage({
  renderFollowUp,
}: {
  renderFollowUp?: RenderInitiativeFollowUp;
} = {}) {
  const { t } = useI18n();
  return (
    <DetailRoute
      useItem={useInitiative}
      title={t('Initiative')}
      back={{ to: '/map', label: t('See all initiatives on the map') }}
      render={(initiative) => (
        <InitiativeDetails initiative={initiative} renderFollowUp={renderFollowUp} />
      )}
    />
  );
}
