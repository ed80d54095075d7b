import type { Language } from '../../i18n/languages';
import {
  sortedSet,
  textBlock as sharedTextBlock,
  textDraftOf,
  textStateOf,
  translationsOf,
} from '../content/editableState';
import { TEXT_FIELDS, type TextField, type Track } from './types';

export type TextBlock = Record<TextField, string>;

export const EMPTY_TEXT = sharedTextBlock(TEXT_FIELDS, {}) as TextBlock;

/** Everything an organiser can edit, shaped as the API's revision snapshots. */
export interface EditableState {
  original_language: string;
  translations: Partial<Record<string, TextBlock>>;
  session_ids: number[];
  required_sessions: number;
}

/** The top-level fields, in the order the form shows them. */
export const STATE_FIELDS = [
  'original_language',
  'translations',
  'session_ids',
  'required_sessions',
] as const satisfies readonly (keyof EditableState)[];

export function stateOf(track: Track): EditableState {
  return {
    original_language: track.original_language,
    translations: translationsOf(track.translations, TEXT_FIELDS) as EditableState['translations'],
    session_ids: [...track.session_ids],
    required_sessions: track.required_sessions,
  };
}

/** What the form holds: the host city besides the state. */
export interface TrackDraft {
  host_city: string;
  original_language: Language;
  languages: Language[];
  translations: Partial<Record<Language, TextBlock>>;
  session_ids: number[];
  required_sessions: number;
}

export function emptyDraft(city: string, language: Language): TrackDraft {
  return {
    host_city: city,
    original_language: language,
    languages: [language],
    translations: { [language]: { ...EMPTY_TEXT } },
    session_ids: [],
    required_sessions: 1,
  };
}

export function draftFromState(state: EditableState, city: string): TrackDraft {
  return {
    host_city: city,
    ...textDraftOf<TrackDraft>(state, TEXT_FIELDS),
    session_ids: [...state.session_ids],
    required_sessions: state.required_sessions,
  };
}

export function stateFromDraft(draft: TrackDraft): EditableState {
  return {
    ...textStateOf<EditableState>(draft, TEXT_FIELDS),
    session_ids: [...draft.session_ids].sort((a, b) => a - b),
    required_sessions: draft.required_sessions,
  };
}

/** The state with its sessions in one order, for comparing. */
export function comparable(state: EditableState): EditableState {
  return { ...state, session_ids: sortedSet(state.session_ids) };
}
