import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { components } from '../../../api/schema';
import { useI18n } from '../../../i18n/I18nProvider';
import { isLanguage, textDirection } from '../../../i18n/languages';
import { useCityName } from '../../../api/cities';
import { statusLabel } from '../labels';
import { STATUS_SYMBOLS } from '../StatusBadge';
import { isStatus } from '../types';
import { boundingBox, type MapView } from './filters';
import { groupOverlapping } from './overlap';
import { createMap, DEFAULT_BOUNDS, L } from './tiles';

/** A point of the map: one initiative, or a cluster of several. */
export interface MapFeature {
  geometry: { coordinates: readonly number[] };
  properties: components['schemas']['FeatureProperties'];
}

export interface MapArea {
  bbox: string;
  zoom: number;
  view: MapView;
}

interface InitiativeMapProps {
  features: readonly MapFeature[];
  initialView: MapView | null;
  /** Called (debounced) when the map has moved: the API's box and zoom, and the view for the URL. */
  onMove(area: MapArea): void;
}

const MOVE_DEBOUNCE_MS = 300;
const CLUSTER_ZOOM_STEP = 2;
/** Markers closer than this on screen are drawn as one bubble. */
const OVERLAP_PX = 22;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The initiatives in view as markers (coloured and shaped by status) and, when
 * zoomed out, as cluster bubbles that zoom in when clicked. Built with DOM
 * nodes, never HTML strings, since titles are content.
 */
export default function InitiativeMap({ features, initialView, onMove }: InitiativeMapProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const navigate = useNavigate();
  const cityName = useCityName();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.LayerGroup | null>(null);
  const onMoveRef = useRef(onMove);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    onMoveRef.current = onMove;
  }, [onMove]);

  useEffect(() => {
    if (container.current === null) return;
    const map = createMap(container.current, i18n);
    mapRef.current = map;
    layerRef.current = L.layerGroup().addTo(map);
    if (initialView) map.setView([initialView.lat, initialView.lng], initialView.zoom);
    else map.fitBounds(DEFAULT_BOUNDS);

    const report = () => {
      const bounds = map.getBounds();
      const centre = map.getCenter();
      const zoom = Math.max(0, Math.min(20, Math.round(map.getZoom())));
      onMoveRef.current({
        bbox: boundingBox(bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()),
        zoom,
        view: { lat: centre.lat, lng: ((((centre.lng + 180) % 360) + 360) % 360) - 180, zoom },
      });
    };
    let timer: number | undefined;
    map.on('moveend', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(report, MOVE_DEBOUNCE_MS);
    });
    map.once('tileerror', () => setTilesFailed(true));
    report();
    return () => {
      window.clearTimeout(timer);
      map.remove();
      mapRef.current = null;
      layerRef.current = null;
    };
    // The map is made once; the view in the URL only seeds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- made once on mount; later changes go through their own effects.
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    const layer = layerRef.current;
    if (map === null || layer === null) return;

    const clusterIcon = (count: number, label: string) => {
      const bubble = element('span', 'map-cluster__bubble', format.number(count));
      bubble.setAttribute('aria-hidden', 'true');
      const wrapper = element('span', 'map-cluster__inner');
      wrapper.append(bubble, element('span', 'visually-hidden', label));
      const size = Math.round(34 + Math.min(26, Math.log10(count) * 12));
      return L.divIcon({ className: 'map-cluster', html: wrapper, iconSize: [size, size] });
    };
    const zoomInLabel = (count: number) =>
      i18n.tn('{count} initiative here: zoom in', '{count} initiatives here: zoom in', count);

    const popupLink = (properties: MapFeature['properties'], className: string) => {
      const link = element('a', className, properties.title ?? '');
      link.href = `/initiatives/${properties.id}`;
      if (properties.language) link.lang = properties.language;
      link.dir =
        properties.language && isLanguage(properties.language)
          ? textDirection(properties.language)
          : 'auto';
      link.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(`/initiatives/${properties.id}`);
      });
      return link;
    };

    const focusOnOpen = (marker: L.Marker, popup: HTMLElement) => {
      marker.on('popupopen', () => {
        // Opened from the keyboard: take the focus to the first link in it.
        if (document.activeElement === marker.getElement()) popup.querySelector('a')?.focus();
      });
    };

    const initiativeMarker = (lat: number, lng: number, properties: MapFeature['properties']) => {
      const status = isStatus(properties.status) ? properties.status : 'ongoing';
      const title = properties.title ?? '';
      const pin = element('span', `map-pin__dot map-pin__dot--${status}`, STATUS_SYMBOLS[status]);
      pin.setAttribute('aria-hidden', 'true');
      const name = element('span', 'visually-hidden', title);
      if (properties.language) name.lang = properties.language;
      const wrapper = element('span', 'map-pin__inner');
      wrapper.append(pin, name);
      if (properties.id != null) wrapper.dataset.initiativeId = String(properties.id);

      const popup = element('div', 'map-popup');
      const meta = element(
        'p',
        'map-popup__meta',
        [properties.city ? cityName(properties.city) : null, statusLabel(status, i18n)]
          .filter(Boolean)
          .join(' · '),
      );
      popup.append(popupLink(properties, 'map-popup__title'), meta);
      const marker = L.marker([lat, lng], {
        icon: L.divIcon({
          className: `map-pin map-pin--${status}`,
          html: wrapper,
          iconSize: [28, 28],
          popupAnchor: [0, -12],
        }),
        title,
        keyboard: true,
        riseOnHover: true,
      }).bindPopup(popup);
      focusOnOpen(marker, popup);
      return marker;
    };

    /** Initiatives that would hide each other: a bubble that zooms in to them, or lists them at full zoom. */
    const groupMarker = (
      members: { lat: number; lng: number; properties: MapFeature['properties'] }[],
    ) => {
      const bounds = L.latLngBounds(members.map(({ lat, lng }) => [lat, lng] as [number, number]));
      const marker = L.marker(bounds.getCenter(), {
        icon: clusterIcon(members.length, zoomInLabel(members.length)),
        keyboard: true,
        riseOnHover: true,
      });
      const list = element('ul', 'map-popup__list');
      for (const { properties } of members) {
        const item = element('li', '');
        item.append(popupLink(properties, ''));
        list.append(item);
      }
      const popup = element('div', 'map-popup');
      popup.append(list);
      marker.on('click', () => {
        const target = Math.min(map.getMaxZoom(), map.getBoundsZoom(bounds.pad(0.5)));
        if (target > map.getZoom()) map.fitBounds(bounds.pad(0.5), { maxZoom: target });
        else marker.bindPopup(popup).openPopup();
      });
      focusOnOpen(marker, popup);
      return marker;
    };

    const draw = () => {
      layer.clearLayers();
      const singles: {
        x: number;
        y: number;
        item: { lat: number; lng: number; properties: MapFeature['properties'] };
      }[] = [];
      for (const feature of features) {
        const [lng, lat] = feature.geometry.coordinates;
        if (lng === undefined || lat === undefined) continue;
        const { properties } = feature;
        if (properties.kind === 'cluster') {
          L.marker([lat, lng], {
            icon: clusterIcon(properties.count, zoomInLabel(properties.count)),
            keyboard: true,
            riseOnHover: true,
          })
            .on('click', () =>
              map.setView(
                [lat, lng],
                Math.min(map.getMaxZoom(), map.getZoom() + CLUSTER_ZOOM_STEP),
              ),
            )
            .addTo(layer);
          continue;
        }
        const point = map.latLngToLayerPoint([lat, lng]);
        singles.push({ x: point.x, y: point.y, item: { lat, lng, properties } });
      }
      for (const group of groupOverlapping(singles, OVERLAP_PX)) {
        const [first] = group.items;
        if (first === undefined) continue;
        const marker =
          group.items.length === 1
            ? initiativeMarker(first.lat, first.lng, first.properties)
            : groupMarker(group.items);
        marker.addTo(layer);
      }
    };
    draw();
    map.on('zoomend', draw);
    return () => {
      map.off('zoomend', draw);
    };
  }, [features, format, i18n, navigate, cityName]);

  return (
    <div className="map-frame">
      <div
        ref={container}
        className="map"
        dir="ltr"
        role="region"
        aria-label={t('Map of the initiatives')}
        aria-describedby="map-help"
      />
      <p id="map-help" className="visually-hidden">
        {t(
          'Use the arrow keys to move the map and the plus and minus keys to zoom. The list of initiatives next to the map contains every initiative shown.',
        )}
      </p>
      {tilesFailed && (
        <p className="map-frame__note">
          {t(
            'The detailed background map could not be loaded: the outline of the countries is shown. The markers, the filters and the list still work.',
          )}
        </p>
      )}
    </div>
  );
}
