import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageNote } from '../../components/LanguageNote';
import { Page } from '../../components/Page';
import { CityFact, Fact, FactsAside, SdgFact, ThemeFact } from '../../components/Facts';
import { OwnerActions } from '../../components/OwnerActions';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { formatView } from './map/filters';
import { IndicatorsSection } from '../content/IndicatorsSection';
import { canPublishFor } from '../content/permissions';
import { useDeleteInitiative, useInitiative, useRevisions, WRITES_REFRESH } from './queries';
import { DeleteControl } from '../content/DeleteControl';
import { DetailRoute } from '../content/DetailRoute';
import { useShownLanguage } from '../content/useShownLanguage';
import { RevisionList } from '../content/RevisionList';
import { fieldLabel } from './labels';
import { SimilarList } from './SimilarList';
import { StatusBadge } from './StatusBadge';
import type { Initiative } from './types';
import { Paragraphs } from '../../components/Paragraphs';
import { PlainList } from '../../components/PlainList';
import { ExternalLink } from '../../components/ExternalLink';

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
          <DeleteControl
            useDelete={useDeleteInitiative}
            id={initiative.id}
            question={t('Delete this initiative? A platform administrator can restore it.')}
            leaveTo={`/cities/${initiative.city}`}
          />
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
          <IndicatorsSection
            headingId="initiative-indicators"
            heading={t('Indicators')}
            none={t('No indicators have been set for this initiative yet.')}
            indicators={initiative.indicators}
            language={shown}
            owner={{ kind: 'initiative', id: initiative.id, refresh: WRITES_REFRESH }}
            canEdit={canEdit}
            addLabel={t('Add indicator')}
          />
        </div>
        <FactsAside>
          <CityFact term={t('City')} slug={initiative.city} />
          <Fact term={t('Status')}>
            <StatusBadge status={initiative.status} />
          </Fact>
          {(initiative.start_date || initiative.end_date) && (
            <Fact term={t('Dates')}>
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
            </Fact>
          )}
          <SdgFact sdgs={initiative.sdgs} />
          <ThemeFact themes={initiative.themes} />
          {location && (
            <Fact term={t('Location')}>
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
            </Fact>
          )}
          {initiative.partners.length > 0 && (
            <Fact term={t('Partners')}>
              <PlainList items={initiative.partners} />
            </Fact>
          )}
          {initiative.target_groups.length > 0 && (
            <Fact term={t('Target groups')}>
              <PlainList items={initiative.target_groups} />
            </Fact>
          )}
          {initiative.website && (
            <Fact term={t('Website')}>
              <ExternalLink
                href={initiative.website}
                shown={initiative.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              />
            </Fact>
          )}
        </FactsAside>
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
