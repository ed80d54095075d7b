import type { Language } from '../../i18n/languages';
import {
  sortedSet,
  textBlock as sharedTextBlock,
  textDraftOf,
  textStateOf,
  translationsOf,
} from '../content/editableState';
import { TEXT_FIELDS, type Practice, type TextField } from './types';

export type TextBlock = Record<TextField, string>;

export const EMPTY_TEXT = sharedTextBlock(TEXT_FIELDS, {}) as TextBlock;

/**
 * Everything a delegate can edit, shaped as the API's revision snapshots, so
 * the version edited, the current one and the form compare field by field.
 */
export interface EditableState {
  original_language: string;
  translations: Partial<Record<string, TextBlock>>;
  sdgs: number[];
  themes: string[];
  initiative_ids: number[];
  contact: string;
}

/** The top-level fields, in the order the form shows them. */
export const STATE_FIELDS = [
  'original_language',
  'translations',
  'sdgs',
  'themes',
  'initiative_ids',
  'contact',
] as const satisfies readonly (keyof EditableState)[];

export function stateOf(practice: Practice): EditableState {
  return {
    original_language: practice.original_language,
    translations: translationsOf(
      practice.translations,
      TEXT_FIELDS,
    ) as EditableState['translations'],
    sdgs: [...practice.sdgs],
    themes: [...practice.themes],
    initiative_ids: practice.initiatives.map((initiative) => initiative.id),
    contact: practice.contact,
  };
}

// --- the form ----------------------------------------------------------------

/** What the form holds. */
export interface PracticeDraft {
  city: string;
  original_language: Language;
  /** The languages with a tab, in tab order. */
  languages: Language[];
  translations: Partial<Record<Language, TextBlock>>;
  sdgs: number[];
  themes: string[];
  initiative_ids: number[];
  contact: string;
}

export function emptyDraft(city: string, language: Language): PracticeDraft {
  return {
    city,
    original_language: language,
    languages: [language],
    translations: { [language]: { ...EMPTY_TEXT } },
    sdgs: [],
    themes: [],
    initiative_ids: [],
    contact: '',
  };
}

export function draftFromState(state: EditableState, city: string): PracticeDraft {
  return {
    city,
    ...textDraftOf<PracticeDraft>(state, TEXT_FIELDS),
    sdgs: [...state.sdgs],
    themes: [...state.themes],
    initiative_ids: [...state.initiative_ids],
    contact: state.contact,
  };
}

export function stateFromDraft(draft: PracticeDraft): EditableState {
  return {
    ...textStateOf<EditableState>(draft, TEXT_FIELDS),
    sdgs: [...draft.sdgs].sort((a, b) => a - b),
    themes: [...draft.themes].sort(),
    initiative_ids: [...draft.initiative_ids].sort((a, b) => a - b),
    contact: draft.contact.trim(),
  };
}

/** The state with its sets in one order and the contact trimmed, for comparing. */
export function comparable(state: EditableState): EditableState {
  return {
    ...state,
    sdgs: sortedSet(state.sdgs),
    themes: sortedSet(state.themes),
    initiative_ids: sortedSet(state.initiative_ids),
    contact: state.contact.trim(),
  };
}
