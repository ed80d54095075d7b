import { unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { useWrite } from '../../../api/useWrite';

export type Indicator = components['schemas']['IndicatorOut'];
export type IndicatorCreate = components['schemas']['IndicatorCreate'];
export type MeasurementCreate = components['schemas']['MeasurementCreate'];

/** What an indicator belongs to: an initiative's indicators, a programme's targets. */
export interface IndicatorOwner {
  kind: 'initiative' | 'programme';
  id: number;
  /** The queries a new indicator or measurement changes (the owner's page, its lists). */
  refresh: readonly string[];
}

export function useAddIndicator(owner: IndicatorOwner) {
  return useWrite(owner.refresh, (api, body: IndicatorCreate) =>
    unwrap(
      owner.kind === 'initiative'
        ? api.POST('/api/v1/initiatives/{initiative_id}/indicators', {
            params: { path: { initiative_id: owner.id } },
            body,
          })
        : api.POST('/api/v1/programmes/{programme_id}/indicators', {
            params: { path: { programme_id: owner.id } },
            body,
          }),
    ),
  );
}

export function useAddMeasurement(indicatorId: number, refresh: readonly string[]) {
  return useWrite(refresh, (api, body: MeasurementCreate) =>
    unwrap(
      api.POST('/api/v1/indicators/{indicator_id}/measurements', {
        params: { path: { indicator_id: indicatorId } },
        body,
      }),
    ),
  );
}
