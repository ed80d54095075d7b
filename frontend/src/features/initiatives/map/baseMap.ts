import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface BaseMapShapes {
  /** The countries as filled land. */
  land: FeatureCollection;
  /** The borders between countries, each drawn once. */
  borders: MultiLineString;
}

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Land and borders from a Natural Earth topology (as world-atlas ships it). */
export function baseMapShapes(topology: Countries): BaseMapShapes {
  return {
    land: feature(topology, topology.objects.countries) as FeatureCollection,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
}

let shapes: Promise<BaseMapShapes> | null = null;

/**
 * The bundled outline of the world (Natural Earth 1:110m, public domain), a
 * chunk of its own that loads with the first map and works without internet.
 */
export function loadBaseMap(): Promise<BaseMapShapes> {
  shapes ??= import('world-atlas/countries-110m.json').then((module) =>
    baseMapShapes(module.default as unknown as Countries),
  );
  return shapes;
}
