import { parseDecimal } from '../../i18n/parseDecimal';
import type { Translator } from '../../i18n/translate';
import { declareKind, type KindDraft, type KindState } from '../content/declareKind';
import { asItIs, numberSet, optionalNumber, stringSet } from '../content/fieldCodecs';
import type { DraftErrors } from '../content/useVersionedEditor';
import { PROGRAMME_TEXT_FIELDS, type Programme, type ProgrammeKind } from './types';

const FIELDS = {
  kind: asItIs<ProgrammeKind>('climate_programme'),
  period_start: asItIs(''),
  period_end: asItIs(''),
  baseline_year: optionalNumber,
  sdgs: numberSet,
  themes: stringSet,
};
type TextField = (typeof PROGRAMME_TEXT_FIELDS)[number];

/** Programmes: their kind, period and baseline year, their goals and themes. */
const programme = declareKind<Programme>()({
  name: 'programme',
  textFields: PROGRAMME_TEXT_FIELDS,
  kept: { city: 'string' },
  fields: FIELDS,
  places: { placed: ['city'] },
});

/** Everything a programme's keepers edit, shaped as the API's revision snapshots. */
export type ProgrammeState = KindState<typeof FIELDS, TextField>;
/** What the form holds: dates and the year as typed. */
export type ProgrammeDraft = KindDraft<typeof FIELDS, TextField, Pick<Programme, 'city'>>;

export const programmeKind = programme.kind;
export const {
  emptyDraft: emptyProgrammeDraft,
  draftFromState: programmeDraftFromState,
  stateFromDraft: programmeStateFromDraft,
  createPayload: createProgrammePayload,
  updatePayload: updateProgrammePayload,
} = programme;

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
