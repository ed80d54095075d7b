import { declareKind, type KindDraft, type KindState } from '../content/declareKind';
import { textBlock } from '../content/editableState';
import { asItIs, numberSet } from '../content/fieldCodecs';
import { TEXT_FIELDS, type TextField, type Track } from './types';

const FIELDS = {
  session_ids: numberSet,
  required_sessions: asItIs(1),
};

/** Learning tracks: their sessions and how many of them earn the certificate. */
const track = declareKind<Track>()({
  name: 'track',
  textFields: TEXT_FIELDS,
  kept: { host_city: 'string' },
  fields: FIELDS,
  places: { placed: ['host_city'], aliases: { translations: 'original_language' } },
});

/** Everything an organiser can edit, shaped as the API's revision snapshots. */
export type EditableState = KindState<typeof FIELDS, TextField>;
/** What the form holds: the host city besides the state. */
export type TrackDraft = KindDraft<typeof FIELDS, TextField, Pick<Track, 'host_city'>>;

export const EMPTY_TEXT = textBlock(TEXT_FIELDS, {}) as Record<TextField, string>;
export const trackKind = track.kind;
export const { stateOf, draftFromState, stateFromDraft, comparable, emptyDraft, createPayload } =
  track;
