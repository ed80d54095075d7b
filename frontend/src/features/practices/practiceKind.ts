import type { ContentKind } from '../content/contentKind';
import { updatePayload as sharedUpdatePayload } from '../content/editableState';
import {
  comparable,
  draftFromState,
  STATE_FIELDS,
  stateFromDraft,
  stateOf,
  type EditableState,
  type PracticeDraft,
} from './editableState';
import { TEXT_FIELDS, type Practice } from './types';

/** Practices as the editing kernel sees them. */
export const practiceKind: ContentKind<Practice, EditableState, PracticeDraft> = {
  name: 'practice',
  textFields: TEXT_FIELDS,
  fields: STATE_FIELDS,
  stateOf,
  draftOf: (practice) => draftFromState(stateOf(practice), practice.city),
  stateFromDraft,
  draftFromState: (state, like) => draftFromState(state, like.city),
  comparable,
  // The API takes no contact as null, not as an empty text.
  requestValue: (field, value) => (field === 'contact' ? String(value).trim() || null : value),
  isDraft: (draft) =>
    typeof draft.city === 'string' &&
    typeof draft.contact === 'string' &&
    Array.isArray(draft.sdgs) &&
    Array.isArray(draft.themes) &&
    Array.isArray(draft.initiative_ids),
  places: {
    placed: ['city', 'original_language', 'sdgs', 'themes', 'initiative_ids', 'contact'],
    lists: ['sdgs', 'themes', 'initiative_ids'],
    aliases: { translations: 'original_language' },
  },
};

/** The body of a POST: the city and the whole state; no contact is sent as null. */
export function createPayload(draft: PracticeDraft) {
  const state = stateFromDraft(draft);
  return { city: draft.city, ...state, contact: state.contact || null };
}

/**
 * The body of a PATCH from `base` (the version edited) to `next`: only the
 * fields that differ; a language that changed is sent whole, a removed one as null.
 */
export function updatePayload(base: EditableState, next: EditableState) {
  return sharedUpdatePayload(practiceKind, base, next);
}
