import { lazy, Suspense, useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useI18n } from '../../../i18n/I18nProvider';
import { InitiativeCard } from '../InitiativeCard';
import { statusLabel } from '../labels';
import { CreateLink } from '../../content/CreateLink';
import { useInitiativeList } from '../queries';
import { STATUS_SYMBOLS } from '../StatusBadge';
import { STATUSES } from '../types';
import { parseMapPage, toSearchParams, type InitiativeFilters } from './filters';
import type { MapArea } from './InitiativeMap';
import { MapFilters } from './MapFilters';
import { useMapFeatures } from './queries';
import { Pagination } from '../../../components/Pagination';

const InitiativeMap = lazy(() => import('./InitiativeMap'));

const PER_PAGE = 8;

function MapLegend() {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <ul className="map-legend" aria-label={t('Legend')}>
      {STATUSES.map((status) => (
        <li key={status}>
          <span className={`map-pin__dot map-pin__dot--${status}`} aria-hidden="true">
            {STATUS_SYMBOLS[status]}
          </span>
          {statusLabel(status, i18n)}
        </li>
      ))}
      <li>
        <span className="map-cluster__bubble map-cluster__bubble--legend" aria-hidden="true">
          {i18n.format.number(3)}
        </span>
        {t('Several initiatives: click to zoom in')}
      </li>
    </ul>
  );
}

export function MapPage() {
  const { t, tn } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = parseMapPage(params);
  const [area, setArea] = useState<MapArea | null>(null);
  const features = useMapFeatures(state.filters, area);
  const list = useInitiativeList(state.filters, state.page, PER_PAGE);

  const onMove = useCallback(
    (moved: MapArea) => {
      setArea({ bbox: moved.bbox, zoom: moved.zoom, view: moved.view });
      // From the address as it is now: a filter chosen a moment ago may not have rendered yet,
      // and the params of the last render would undo it.
      const current = parseMapPage(new URLSearchParams(window.location.search));
      setParams(toSearchParams({ ...current, view: moved.view }), { replace: true });
    },
    [setParams],
  );

  function changeFilters(filters: InitiativeFilters) {
    setParams(toSearchParams({ ...state, filters, page: 1 }));
  }

  const total = list.data?.total;
  return (
    <Page
      title={t('Sustainability map')}
      lead={t('Where the cities’ sustainability initiatives take place.')}
    >
      <CreateLink role="delegate" to="/initiatives/new">
        {t('New initiative')}
      </CreateLink>
      <MapFilters filters={state.filters} onChange={changeFilters} />
      <div className="map-layout">
        <div className="map-layout__map">
          <Suspense fallback={<div className="map map--loading" />}>
            <InitiativeMap
              features={features.data?.features ?? []}
              initialView={state.view}
              onMove={onMove}
            />
          </Suspense>
          <MapLegend />
          {features.isError && (
            <ErrorPanel error={features.error} onRetry={() => void features.refetch()} />
          )}
        </div>
        <section className="map-layout__list" aria-labelledby="map-list-title">
          <h2 id="map-list-title" aria-live="polite">
            {total === undefined
              ? t('Initiatives')
              : tn('{count} initiative', '{count} initiatives', total)}
          </h2>
          {list.isPending && <Loading />}
          {list.isError && <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />}
          {list.data?.items.length === 0 && (
            <p>{t('No initiative matches these filters. Try removing some of them.')}</p>
          )}
          {list.data !== undefined && list.data.items.length > 0 && (
            <ul className="initiative-list">
              {list.data.items.map((item) => (
                <InitiativeCard key={item.id} initiative={item} />
              ))}
            </ul>
          )}
          {total !== undefined && (
            <Pagination
              page={state.page}
              total={total}
              perPage={PER_PAGE}
              label={t('Pages of the list')}
              linkTo={(page) => `/map?${toSearchParams({ ...state, page }).toString()}`}
            />
          )}
        </section>
      </div>
    </Page>
  );
}
