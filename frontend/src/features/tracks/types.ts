import type { components } from '../../api/schema';

export type Track = components['schemas']['TrackOut'];
export type TrackCreate = components['schemas']['TrackCreate'];
export type TrackUpdate = components['schemas']['TrackUpdate'];
export type TrackSession = components['schemas']['SessionListItem'];
export type MyTrack = components['schemas']['MyTrack'];

/** Every text of one language. */
export const TEXT_FIELDS = ['title', 'description'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
