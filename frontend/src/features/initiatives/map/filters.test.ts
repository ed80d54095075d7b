import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  filterQuery,
  parseMapPage,
  toSearchParams,
  type MapPageState,
} from './filters';
import { toggled } from '../../../components/selection';

describe('the map page’s URL', () => {
  const state: MapPageState = {
    filters: { city: ['izmir', 'salo'], sdg: [7, 13], theme: ['energy'], status: ['ongoing'] },
    page: 2,
    view: { lat: 38.4283, lng: 27.144, zoom: 11 },
  };

  it('reproduces the filters, the page and the view', () => {
    const params = toSearchParams(state);
    expect(params.toString()).toBe(
      'city=izmir&city=salo&sdg=7&sdg=13&theme=energy&status=ongoing&page=2&view=38.4283%2C27.1440%2C11',
    );
    expect(parseMapPage(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('leaves out the first page and a missing view', () => {
    expect(toSearchParams({ ...state, page: 1, view: null }).toString()).toBe(
      'city=izmir&city=salo&sdg=7&sdg=13&theme=energy&status=ongoing',
    );
  });

  it('drops values that cannot be right', () => {
    const parsed = parseMapPage(
      new URLSearchParams(
        'sdg=18&sdg=0&sdg=x&sdg=3&sdg=3&status=done&city=Bad%20Slug&page=-1&view=95,0,3',
      ),
    );
    expect(parsed).toEqual({
      filters: { city: [], sdg: [3], theme: [], status: [] },
      page: 1,
      view: null,
    });
  });
});

describe('filter helpers', () => {
  it('toggles a value in and out', () => {
    expect(toggled([7, 13], 11)).toEqual([7, 13, 11]);
    expect(toggled([7, 13], 7)).toEqual([13]);
  });

  it('leaves empty filters out of the API query', () => {
    expect(filterQuery({ city: ['rasht'], sdg: [], theme: [], status: [] })).toEqual({
      city: ['rasht'],
      sdg: undefined,
      theme: undefined,
      status: undefined,
    });
  });
});

describe('boundingBox', () => {
  it('passes a box inside the world through', () => {
    expect(boundingBox(20.5, 30, 53.25, 62)).toBe('20.5,30,53.25,62');
  });

  it('clamps a zoomed-out view to the world', () => {
    expect(boundingBox(-400, -95, 400, 95)).toBe('-180,-90,180,90');
    expect(boundingBox(150, 10, 210, 20)).toBe('150,10,180,20');
  });
});
