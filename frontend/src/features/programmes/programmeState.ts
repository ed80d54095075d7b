import type { Language } from '../../i18n/languages';
import { parseDecimal } from '../../i18n/parseDecimal';
import type { ContentKind } from '../content/contentKind';
import {
  sortedSet,
  textBlock,
  textDraftOf,
  textStateOf,
  translationsOf,
  updatePayload as sharedUpdatePayload,
} from '../content/editableState';
import type { DraftErrors } from '../content/useVersionedEditor';
import type { Translator } from '../../i18n/translate';
import { PROGRAMME_TEXT_FIELDS, type Programme, type ProgrammeKind } from './types';

type TextBlock = Record<(typeof PROGRAMME_TEXT_FIELDS)[number], string>;

/** Everything a programme's keepers edit, shaped as the API's revision snapshots. */
export interface ProgrammeState {
  original_language: string;
  translations: Partial<Record<string, TextBlock>>;
  kind: ProgrammeKind;
  period_start: string;
  period_end: string;
  baseline_year: number | null;
  sdgs: number[];
  themes: string[];
}

export const PROGRAMME_FIELDS = [
  'original_language',
  'translations',
  'kind',
  'period_start',
  'period_end',
  'baseline_year',
  'sdgs',
  'themes',
] as const satisfies readonly (keyof ProgrammeState)[];

/** What the form holds: dates and the year as typed. */
export interface ProgrammeDraft {
  city: string;
  original_language: Language;
  languages: Language[];
  translations: Partial<Record<Language, TextBlock>>;
  kind: ProgrammeKind;
  period_start: string;
  period_end: string;
  baseline_year: string;
  sdgs: number[];
  themes: string[];
}

export function emptyProgrammeDraft(city: string, language: Language): ProgrammeDraft {
  return {
    city,
    original_language: language,
    languages: [language],
    translations: { [language]: textBlock(PROGRAMME_TEXT_FIELDS, {}) as TextBlock },
    kind: 'climate_programme',
    period_start: '',
    period_end: '',
    baseline_year: '',
    sdgs: [],
    themes: [],
  };
}

export function programmeStateOf(programme: Programme): ProgrammeState {
  return {
    original_language: programme.original_language,
    translations: translationsOf(
      programme.translations,
      PROGRAMME_TEXT_FIELDS,
    ) as ProgrammeState['translations'],
    kind: programme.kind,
    period_start: programme.period_start,
    period_end: programme.period_end,
    baseline_year: programme.baseline_year,
    sdgs: [...programme.sdgs],
    themes: [...programme.themes],
  };
}

export function programmeDraftFromState(state: ProgrammeState, city: string): ProgrammeDraft {
  return {
    city,
    ...textDraftOf<ProgrammeDraft>(state, PROGRAMME_TEXT_FIELDS),
    kind: state.kind,
    period_start: state.period_start,
    period_end: state.period_end,
    baseline_year: state.baseline_year === null ? '' : String(state.baseline_year),
    sdgs: [...state.sdgs],
    themes: [...state.themes],
  };
}

export function programmeStateFromDraft(draft: ProgrammeDraft): ProgrammeState {
  const year = draft.baseline_year.trim();
  return {
    ...textStateOf<ProgrammeState>(draft, PROGRAMME_TEXT_FIELDS),
    kind: draft.kind,
    period_start: draft.period_start,
    period_end: draft.period_end,
    baseline_year: year === '' ? null : parseDecimal(year),
    sdgs: [...draft.sdgs].sort((a, b) => a - b),
    themes: [...draft.themes].sort(),
  };
}

/** What keeps the form from being sent: a baseline year that is not a year. */
export function validateProgramme(
  draft: ProgrammeDraft,
  { t }: Pick<Translator, 't'>,
): DraftErrors {
  const year = draft.baseline_year.trim();
  if (year === '') return {};
  const value = parseDecimal(year);
  return Number.isInteger(value) && value >= 1900 && value <= 2100
    ? {}
    : { baseline_year: t('Write the year in four digits, e.g. 2019.') };
}

export const programmeKind: ContentKind<Programme, ProgrammeState, ProgrammeDraft> = {
  name: 'programme',
  textFields: PROGRAMME_TEXT_FIELDS,
  fields: PROGRAMME_FIELDS,
  stateOf: programmeStateOf,
  draftOf: (programme) => programmeDraftFromState(programmeStateOf(programme), programme.city),
  stateFromDraft: programmeStateFromDraft,
  draftFromState: (state, like) => programmeDraftFromState(state, like.city),
  comparable: (state) => ({
    ...state,
    sdgs: sortedSet(state.sdgs),
    themes: sortedSet(state.themes),
  }),
  isDraft: (draft) =>
    typeof draft.city === 'string' &&
    typeof draft.kind === 'string' &&
    typeof draft.baseline_year === 'string' &&
    Array.isArray(draft.sdgs) &&
    Array.isArray(draft.themes),
  places: {
    placed: [
      'city',
      'original_language',
      'kind',
      'period_start',
      'period_end',
      'baseline_year',
      'sdgs',
      'themes',
    ],
    lists: ['sdgs', 'themes'],
  },
};

/** The body of a POST: the city and the whole state. */
export function createProgrammePayload(draft: ProgrammeDraft) {
  return { city: draft.city, ...programmeStateFromDraft(draft) };
}

export function updateProgrammePayload(base: ProgrammeState, next: ProgrammeState) {
  return sharedUpdatePayload(programmeKind, base, next);
}
