import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseMapShapes } from './baseMap';

const topology = JSON.parse(
  readFileSync(
    new URL('../../../../node_modules/world-atlas/countries-110m.json', import.meta.url),
    'utf8',
  ),
);

describe('the bundled base map', () => {
  const shapes = baseMapShapes(topology);

  it('has the countries of the platform as land', () => {
    const names = shapes.land.features.map((country) => country.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Turkey', 'Iran', 'Finland']));
  });

  it('draws the borders as lines in longitude and latitude', () => {
    expect(shapes.borders.type).toBe('MultiLineString');
    expect(shapes.borders.coordinates.length).toBeGreaterThan(100);
    for (const [lng, lat] of shapes.borders.coordinates.flat()) {
      expect(Math.abs(lng ?? 0)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat ?? 0)).toBeLessThanOrEqual(90);
    }
  });
});
