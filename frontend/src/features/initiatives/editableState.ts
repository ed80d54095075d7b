import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages';
import { isStatus, type Initiative, type InitiativeStatus } from './types';

export const TEXT_FIELDS = ['title', 'summary', 'description', 'purpose'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type TextBlock = Record<TextField, string>;

export const EMPTY_TEXT: TextBlock = { title: '', summary: '', description: '', purpose: '' };

export interface Location {
  lat: number;
  lng: number;
  district: string | null;
}

/**
 * Everything a delegate can edit, shaped as the API's revision snapshots, so
 * the loaded version, the current one and the form can be compared field by field.
 */
export interface EditableState {
  original_language: string;
  translations: Partial<Record<string, TextBlock>>;
  status: InitiativeStatus;
  start_date: string | null;
  end_date: string | null;
  target_groups: string[];
  sdgs: number[];
  themes: string[];
  location: Location | null;
  partners: string[];
  website: string | null;
}

/** The top-level fields of the state, in the order the form shows them. */
export const STATE_FIELDS = [
  'original_language',
  'translations',
  'status',
  'start_date',
  'end_date',
  'sdgs',
  'themes',
  'location',
  'partners',
  'target_groups',
  'website',
] as const satisfies readonly (keyof EditableState)[];

function textBlock(value: Partial<TextBlock> | undefined): TextBlock {
  return {
    title: value?.title ?? '',
    summary: value?.summary ?? '',
    description: value?.description ?? '',
    purpose: value?.purpose ?? '',
  };
}

export function stateOf(initiative: Initiative): EditableState {
  const translations: Partial<Record<string, TextBlock>> = {};
  for (const [language, text] of Object.entries(initiative.translations)) {
    translations[language] = textBlock(text);
  }
  return {
    original_language: initiative.original_language,
    translations,
    status: initiative.status,
    start_date: initiative.start_date,
    end_date: initiative.end_date,
    target_groups: [...initiative.target_groups],
    sdgs: [...initiative.sdgs],
    themes: [...initiative.themes],
    location: initiative.location
      ? {
          lat: initiative.location.lat,
          lng: initiative.location.lng,
          district: initiative.location.district ?? null,
        }
      : null,
    partners: [...initiative.partners],
    website: initiative.website,
  };
}

// --- the form ----------------------------------------------------------------

/** What the form's inputs hold: text as typed, lists one item per line. */
export interface InitiativeDraft {
  city: string;
  original_language: Language;
  /** The languages with a tab, in tab order. */
  languages: Language[];
  translations: Partial<Record<Language, TextBlock>>;
  status: InitiativeStatus;
  start_date: string;
  end_date: string;
  sdgs: number[];
  themes: string[];
  lat: string;
  lng: string;
  district: string;
  partners: string;
  target_groups: string;
  website: string;
}

export function emptyDraft(city: string, language: Language): InitiativeDraft {
  return {
    city,
    original_language: language,
    languages: [language],
    translations: { [language]: { ...EMPTY_TEXT } },
    status: 'planned',
    start_date: '',
    end_date: '',
    sdgs: [],
    themes: [],
    lat: '',
    lng: '',
    district: '',
    partners: '',
    target_groups: '',
    website: '',
  };
}

/** The original language's tab first, then the others in the usual order. */
function tabOrder(languages: readonly Language[], original: string): Language[] {
  return LANGUAGES.filter((language) => languages.includes(language)).sort(
    (a, b) => Number(b === original) - Number(a === original),
  );
}

export function draftFromState(state: EditableState, city: string): InitiativeDraft {
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
    status: state.status,
    start_date: state.start_date ?? '',
    end_date: state.end_date ?? '',
    sdgs: [...state.sdgs],
    themes: [...state.themes],
    lat: state.location ? String(state.location.lat) : '',
    lng: state.location ? String(state.location.lng) : '',
    district: state.location?.district ?? '',
    partners: state.partners.join('\n'),
    target_groups: state.target_groups.join('\n'),
    website: state.website ?? '',
  };
}

/** One item per non-blank line. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/**
 * A decimal number as a reader may type it: Persian or Arabic digits, a comma
 * or the Arabic decimal separator (٫) for the point, a minus sign. NaN when it
 * is not a number.
 */
export function parseDecimal(text: string): number {
  const western = [...text.trim()]
    .map((char) => {
      const persian = PERSIAN_DIGITS.indexOf(char);
      if (persian >= 0) return String(persian);
      const arabic = ARABIC_DIGITS.indexOf(char);
      if (arabic >= 0) return String(arabic);
      if (char === ',' || char === '٫') return '.';
      if (char === '−' || char === '\u2212') return '-';
      return char;
    })
    .join('');
  if (!/^-?\d+(\.\d+)?$/.test(western)) return Number.NaN;
  return Number(western);
}

export function stateFromDraft(draft: InitiativeDraft): EditableState {
  const translations: Partial<Record<string, TextBlock>> = {};
  for (const language of draft.languages) {
    translations[language] = textBlock(draft.translations[language]);
  }
  const hasLocation = [draft.lat, draft.lng, draft.district].some((text) => text.trim() !== '');
  return {
    original_language: draft.original_language,
    translations,
    status: draft.status,
    start_date: draft.start_date || null,
    end_date: draft.end_date || null,
    target_groups: lines(draft.target_groups),
    sdgs: [...draft.sdgs].sort((a, b) => a - b),
    themes: [...draft.themes].sort(),
    // A coordinate that is not a number is sent as null, and the API says so beside it.
    location: hasLocation
      ? {
          lat: parseDecimal(draft.lat),
          lng: parseDecimal(draft.lng),
          district: draft.district.trim() || null,
        }
      : null,
    partners: lines(draft.partners),
    website: draft.website.trim() || null,
  };
}

/** Compares two values of the state as the API would store them (sets of SDGs and themes unordered). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'number' && Number.isNaN(value)) return null;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

function sortedSet<T extends string | number>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The state with its sets (SDGs, themes) in one order, for comparing. */
export function comparable(state: EditableState): EditableState {
  return { ...state, sdgs: sortedSet(state.sdgs), themes: sortedSet(state.themes) };
}

/** The body of a POST: the city and the whole state. */
export function createPayload(draft: InitiativeDraft) {
  return { city: draft.city, ...stateFromDraft(draft) };
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

/** A revision's snapshot read defensively into a state (unknown parts left empty). */
export function stateFromSnapshot(snapshot: Record<string, unknown>): EditableState {
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const list = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const translations: Partial<Record<string, TextBlock>> = {};
  const rawTranslations = snapshot.translations;
  if (rawTranslations !== null && typeof rawTranslations === 'object') {
    for (const [language, block] of Object.entries(rawTranslations)) {
      translations[language] = textBlock(block as Partial<TextBlock>);
    }
  }
  const location = snapshot.location as Partial<Location> | null | undefined;
  return {
    original_language: text(snapshot.original_language) ?? 'en',
    translations,
    status: isStatus(snapshot.status) ? snapshot.status : 'planned',
    start_date: text(snapshot.start_date),
    end_date: text(snapshot.end_date),
    target_groups: list(snapshot.target_groups),
    sdgs: Array.isArray(snapshot.sdgs)
      ? snapshot.sdgs.filter((item): item is number => typeof item === 'number')
      : [],
    themes: list(snapshot.themes),
    location:
      location && typeof location.lat === 'number' && typeof location.lng === 'number'
        ? { lat: location.lat, lng: location.lng, district: location.district ?? null }
        : null,
    partners: list(snapshot.partners),
    website: text(snapshot.website),
  };
}
