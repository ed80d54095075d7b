import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages';
import { sameValue } from '../initiatives/editableState';
import { TEXT_FIELDS, type Practice, type TextField } from './types';

export type TextBlock = Record<TextField, string>;

export const EMPTY_TEXT: TextBlock = {
  title: '',
  problem: '',
  solution: '',
  results: '',
  lessons: '',
  transferability: '',
};

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

export function textBlock(value: Partial<Record<string, unknown>> | null | undefined): TextBlock {
  const block = { ...EMPTY_TEXT };
  for (const field of TEXT_FIELDS) {
    const text = value?.[field];
    if (typeof text === 'string') block[field] = text;
  }
  return block;
}

export function stateOf(practice: Practice): EditableState {
  const translations: Partial<Record<string, TextBlock>> = {};
  for (const [language, text] of Object.entries(practice.translations)) {
    translations[language] = textBlock(text);
  }
  return {
    original_language: practice.original_language,
    translations,
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

/** The original language's tab first, then the others in the usual order. */
function tabOrder(languages: readonly Language[], original: string): Language[] {
  return LANGUAGES.filter((language) => languages.includes(language)).sort(
    (a, b) => Number(b === original) - Number(a === original),
  );
}

export function draftFromState(state: EditableState, city: string): PracticeDraft {
  const languages = tabOrder(
    Object.keys(state.translations).filter(isLanguage),
    state.original_language,
  );
  const translations: Partial<Record<Language, TextBlock>> = {};
  for (const language of languages)
    translations[language] = textBlock(state.translations[language]);
  return {
    city,
    original_language: isLanguage(state.original_language)
      ? state.original_language
      : (languages[0] ?? 'en'),
    languages,
    translations,
    sdgs: [...state.sdgs],
    themes: [...state.themes],
    initiative_ids: [...state.initiative_ids],
    contact: state.contact,
  };
}

export function stateFromDraft(draft: PracticeDraft): EditableState {
  const translations: Partial<Record<string, TextBlock>> = {};
  for (const language of draft.languages) {
    translations[language] = textBlock(draft.translations[language]);
  }
  return {
    original_language: draft.original_language,
    translations,
    sdgs: [...draft.sdgs].sort((a, b) => a - b),
    themes: [...draft.themes].sort(),
    initiative_ids: [...draft.initiative_ids].sort((a, b) => a - b),
    contact: draft.contact.trim(),
  };
}

function sortedSet<T extends string | number>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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

/** The body of a POST: the city and the whole state; no contact is sent as null. */
export function createPayload(draft: PracticeDraft) {
  const state = stateFromDraft(draft);
  return { city: draft.city, ...state, contact: state.contact || null };
}

/**
 * The body of a PATCH from `base` (the version edited) to `next`: only the
 * fields that differ; a language that changed is sent whole, a removed one as null.
 */
export function updatePayload(base: EditableState, next: EditableState): Record<string, unknown> {
  const from = comparable(base);
  const to = comparable(next);
  const body: Record<string, unknown> = {};
  for (const field of STATE_FIELDS) {
    if (field === 'translations') continue;
    if (!sameValue(from[field], to[field])) body[field] = to[field];
  }
  if ('contact' in body) body.contact = to.contact || null;
  const translations: Record<string, TextBlock | null> = {};
  for (const language of new Set([
    ...Object.keys(from.translations),
    ...Object.keys(to.translations),
  ])) {
    const before = from.translations[language];
    const after = to.translations[language];
    if (after === undefined) translations[language] = null;
    else if (!sameValue(before, after)) translations[language] = after;
  }
  if (Object.keys(translations).length > 0) body.translations = translations;
  return body;
}
