import { citiesIn, pageIn, sdgsIn, themesIn } from '../../../components/listParams';
import { isStatus, type InitiativeStatus } from '../types';

/** Which initiatives to show: any of the cities, any of the SDGs, and so on. Empty means all. */
export interface InitiativeFilters {
  city: string[];
  sdg: number[];
  theme: string[];
  status: InitiativeStatus[];
}

export const NO_FILTERS: InitiativeFilters = { city: [], sdg: [], theme: [], status: [] };

/** Where the map looks: its centre and zoom level. */
export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

/** The filters a link carries; values that cannot be right are dropped. */
export function parseFilters(params: URLSearchParams): InitiativeFilters {
  return {
    city: citiesIn(params),
    sdg: sdgsIn(params),
    theme: themesIn(params),
    status: [...new Set(params.getAll('status').filter(isStatus))].sort(),
  };
}

export const parsePage = pageIn;

/** "38.42,27.14,11" → the view; null when missing or out of range. */
export function parseView(params: URLSearchParams): MapView | null {
  const parts = (params.get('view') ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return null;
  const [lat, lng, zoom] = parts as [number, number, number];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || zoom < 0 || zoom > 20) return null;
  return { lat, lng, zoom: Math.round(zoom) };
}

export function formatView({ lat, lng, zoom }: MapView): string {
  return `${lat.toFixed(4)},${lng.toFixed(4)},${Math.round(zoom)}`;
}

export interface MapPageState {
  filters: InitiativeFilters;
  page: number;
  view: MapView | null;
}

/** The search params of a map page: filters first, then the list's page (when not 1) and the view. */
export function toSearchParams({ filters, page, view }: MapPageState): URLSearchParams {
  const params = new URLSearchParams();
  for (const city of filters.city) params.append('city', city);
  for (const sdg of filters.sdg) params.append('sdg', String(sdg));
  for (const theme of filters.theme) params.append('theme', theme);
  for (const status of filters.status) params.append('status', status);
  if (page > 1) params.set('page', String(page));
  if (view !== null) params.set('view', formatView(view));
  return params;
}

export function parseMapPage(params: URLSearchParams): MapPageState {
  return { filters: parseFilters(params), page: parsePage(params), view: parseView(params) };
}

export function filterCount(filters: InitiativeFilters): number {
  return filters.city.length + filters.sdg.length + filters.theme.length + filters.status.length;
}

/** The filters as query parameters of the API (repeated parameters; empty ones left out). */
export function filterQuery(filters: InitiativeFilters) {
  return {
    city: filters.city.length ? filters.city : undefined,
    sdg: filters.sdg.length ? filters.sdg : undefined,
    theme: filters.theme.length ? filters.theme : undefined,
    status: filters.status.length ? filters.status : undefined,
  };
}

/**
 * The API's bounding box for what the map shows: west, south, east, north,
 * clamped to the world (a zoomed-out map shows more than one world's width).
 */
export function boundingBox(west: number, south: number, east: number, north: number): string {
  const clamp = (value: number, limit: number) => Math.min(limit, Math.max(-limit, value));
  let minLng = clamp(west, 180);
  let maxLng = clamp(east, 180);
  if (east - west >= 360 || minLng >= maxLng) [minLng, maxLng] = [-180, 180];
  let minLat = clamp(south, 90);
  let maxLat = clamp(north, 90);
  if (minLat >= maxLat) [minLat, maxLat] = [-90, 90];
  return [minLng, minLat, maxLng, maxLat].map((value) => Number(value.toFixed(5))).join(',');
}
