import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Translator } from '../../../i18n/translate';

/** Where the background map comes from: OpenStreetMap unless the build says otherwise. */
export const TILE_URL =
  import.meta.env.VITE_MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const TILE_ATTRIBUTION =
  import.meta.env.VITE_MAP_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** Where the five cities are, from Salo in the north to Isfahan in the south-east. */
export const DEFAULT_BOUNDS = L.latLngBounds([31.5, 20.5], [61.5, 53.5]);

/**
 * A Leaflet map in `container` with the tiles, localised zoom buttons and a
 * light background that shows when the tiles cannot load (offline, blocked).
 */
export function createMap(
  container: HTMLElement,
  { t }: Pick<Translator, 't'>,
  options: L.MapOptions = {},
): L.Map {
  const map = L.map(container, { zoomControl: false, minZoom: 2, maxZoom: 18, ...options });
  L.control.zoom({ zoomInTitle: t('Zoom in'), zoomOutTitle: t('Zoom out') }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 }).addTo(map);
  return map;
}

export { L };
