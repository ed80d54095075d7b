import type { ContentKind } from '../content/contentKind';
import { updatePayload as sharedUpdatePayload } from '../content/editableState';
import {
  comparable,
  draftFromState,
  STATE_FIELDS,
  stateFromDraft,
  stateOf,
  TEXT_FIELDS,
  type EditableState,
  type InitiativeDraft,
} from './editableState';
import type { Initiative } from './types';

/** Initiatives as the editing kernel sees them. */
export const initiativeKind: ContentKind<Initiative, EditableState, InitiativeDraft> = {
  name: 'initiative',
  textFields: TEXT_FIELDS,
  fields: STATE_FIELDS,
  stateOf,
  draftOf: (initiative) => draftFromState(stateOf(initiative), initiative.city),
  stateFromDraft,
  draftFromState: (state, like) => draftFromState(state, like.city),
  comparable,
  isDraft: (draft) =>
    typeof draft.city === 'string' && Array.isArray(draft.sdgs) && Array.isArray(draft.themes),
  places: {
    placed: [
      'city',
      'original_language',
      'status',
      'start_date',
      'end_date',
      'sdgs',
      'themes',
      'location.lat',
      'location.lng',
      'location.district',
      'partners',
      'target_groups',
      'website',
    ],
    lists: ['sdgs', 'themes', 'partners', 'target_groups'],
    aliases: { location: 'location.lat' },
  },
};

/** The body of a POST: the city and the whole state. */
export function createPayload(draft: InitiativeDraft) {
  return { city: draft.city, ...stateFromDraft(draft) };
}

/**
 * The body of a PATCH from `base` (the version edited) to `next`: only the
 * fields that differ; a language that changed is sent whole, a removed one as null.
 */
export function updatePayload(base: EditableState, next: EditableState) {
  return sharedUpdatePayload(initiativeKind, base, next);
}
