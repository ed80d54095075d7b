import type { Language } from '../../i18n/languages';
import {
  sortedSet,
  textBlock as sharedTextBlock,
  textDraftOf,
  textStateOf,
  translationsOf,
} from '../content/editableState';
import { parseDecimal } from '../../i18n/parseDecimal';
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
  return sharedTextBlock(TEXT_FIELDS, value) as TextBlock;
}

export function stateOf(initiative: Initiative): EditableState {
  return {
    original_language: initiative.original_language,
    translations: translationsOf(
      initiative.translations,
      TEXT_FIELDS,
    ) as EditableState['translations'],
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

export function draftFromState(state: EditableState, city: string): InitiativeDraft {
  return {
    city,
    ...textDraftOf<InitiativeDraft>(state, TEXT_FIELDS),
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

export function stateFromDraft(draft: InitiativeDraft): EditableState {
  const hasLocation = [draft.lat, draft.lng, draft.district].some((text) => text.trim() !== '');
  return {
    ...textStateOf<EditableState>(draft, TEXT_FIELDS),
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

/** The state with its sets (SDGs, themes) in one order, for comparing. */
export function comparable(state: EditableState): EditableState {
  return { ...state, sdgs: sortedSet(state.sdgs), themes: sortedSet(state.themes) };
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
