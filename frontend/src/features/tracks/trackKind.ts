import type { ContentKind } from '../content/contentKind';
import {
  comparable,
  draftFromState,
  STATE_FIELDS,
  stateFromDraft,
  stateOf,
  type EditableState,
  type TrackDraft,
} from './editableState';
import { TEXT_FIELDS, type Track } from './types';

/** Learning tracks as the editing kernel sees them. */
export const trackKind: ContentKind<Track, EditableState, TrackDraft> = {
  name: 'track',
  textFields: TEXT_FIELDS,
  fields: STATE_FIELDS,
  stateOf,
  draftOf: (track) => draftFromState(stateOf(track), track.host_city),
  stateFromDraft,
  draftFromState: (state, like) => draftFromState(state, like.host_city),
  comparable,
  isDraft: (draft) =>
    typeof draft.host_city === 'string' &&
    Array.isArray(draft.session_ids) &&
    typeof draft.required_sessions === 'number',
  places: {
    placed: ['host_city', 'original_language', 'session_ids', 'required_sessions'],
    lists: ['session_ids'],
    aliases: { translations: 'original_language' },
  },
};

/** The body of a POST: the host city and the whole state. */
export function createPayload(draft: TrackDraft) {
  return { host_city: draft.host_city, ...stateFromDraft(draft) };
}
