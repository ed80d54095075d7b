import { declareKind, type KindDraft, type KindState } from '../content/declareKind';
import { textBlock } from '../content/editableState';
import { numberSet, stringSet, trimmedText } from '../content/fieldCodecs';
import { TEXT_FIELDS, type Practice, type TextField } from './types';

const FIELDS = {
  sdgs: numberSet,
  themes: stringSet,
  initiative_ids: numberSet,
  contact: trimmedText,
};

/** Practices: their goals, themes, the initiatives that put them to work, a contact. */
const practice = declareKind<Practice>()({
  name: 'practice',
  textFields: TEXT_FIELDS,
  kept: { city: 'string' },
  fields: FIELDS,
  fromItem: (item) => ({ initiative_ids: item.initiatives.map((initiative) => initiative.id) }),
  // The API takes no contact as null, not as an empty text.
  requestValue: (field, value) => (field === 'contact' ? String(value).trim() || null : value),
  places: { placed: ['city'], aliases: { translations: 'original_language' } },
});

/**
 * Everything a delegate can edit, shaped as the API's revision snapshots, so
 * the version edited, the current one and the form compare field by field.
 */
export type EditableState = KindState<typeof FIELDS, TextField>;
export type PracticeDraft = KindDraft<typeof FIELDS, TextField, Pick<Practice, 'city'>>;

export const EMPTY_TEXT = textBlock(TEXT_FIELDS, {}) as Record<TextField, string>;
export const practiceKind = practice.kind;
export const { stateOf, draftFromState, stateFromDraft, comparable, emptyDraft, updatePayload } =
  practice;

/** The body of a POST: the city and the whole state; no contact is sent as null. */
export function createPayload(draft: PracticeDraft) {
  const body = practice.createPayload(draft);
  return { ...body, contact: body.contact || null };
}
