import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Translator } from '../../../i18n/translate';
import { loadBaseMap } from './baseMap';

/**
 * A setting of the deployment the server writes into the page
 * (`POLYLOG_TILE_URL` → `<meta name="polylog:tile-url">`); the build's own
 * value where the page has none (the Vite dev server).
 */
function deploymentSetting(name: string, built: string): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="polylog:${name}"]`);
  return meta === null ? built : meta.content;
}

/** Where the tiles come from; empty for none (the base map alone). */
export function tileUrl(): string {
  return deploymentSetting(
    'tile-url',
    import.meta.env.VITE_MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  );
}

function tileAttribution(): string {
  return deploymentSetting(
    'tile-attribution',
    import.meta.env.VITE_MAP_ATTRIBUTION ||
      '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  );
}

/** Where the five cities are, from Salo in the north to Isfahan in the south-east. */
export const DEFAULT_BOUNDS = L.latLngBounds([31.5, 20.5], [61.5, 53.5]);

const BASE_MAP_PANE = 'basemap';

/** Draws the bundled coastlines and borders in their own pane, under the tiles and markers. */
function addBaseMap(map: L.Map): void {
  const pane = map.createPane(BASE_MAP_PANE);
  // Under the tile pane (200): tiles that load cover it, markers (600) stay above.
  pane.style.zIndex = '150';
  pane.setAttribute('aria-hidden', 'true');
  void loadBaseMap().then(({ land, borders }) => {
    // The map may have been removed (the page left) while the outlines loaded.
    // Vectors in a pane of their own get an SVG renderer of that pane.
    if (!map.getContainer().isConnected) return;
    L.geoJSON(land, {
      pane: BASE_MAP_PANE,
      interactive: false,
      style: { className: 'base-map__land', stroke: false, fillOpacity: 1 },
    }).addTo(map);
    L.geoJSON(borders, {
      pane: BASE_MAP_PANE,
      interactive: false,
      style: { className: 'base-map__border', weight: 0.8, fill: false },
    }).addTo(map);
  });
}

/**
 * A Leaflet map in `container` with localised zoom buttons, the bundled
 * outline of the world (coastlines and borders, shown with no internet) and,
 * on top of it, the tiles of the configured tile server when they load.
 */
export function createMap(
  container: HTMLElement,
  { t }: Pick<Translator, 't'>,
  options: L.MapOptions = {},
): L.Map {
  const map = L.map(container, { zoomControl: false, minZoom: 2, maxZoom: 18, ...options });
  L.control.zoom({ zoomInTitle: t('Zoom in'), zoomOutTitle: t('Zoom out') }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution(
    '<a href="https://www.naturalearthdata.com">Natural Earth</a>',
  );
  addBaseMap(map);
  const tiles = tileUrl();
  if (tiles !== '') {
    const layer = L.tileLayer(tiles, { attribution: tileAttribution(), maxZoom: 19 }).addTo(map);
    // A tile that fails is the layer's event; pages listen on the map.
    layer.once('tileerror', () => map.fire('tileerror'));
  }
  return map;
}

export { L };
