import type { Translator } from '../../i18n/translate';
import { labelTable } from '../../i18n/labelTable';
import { sharedFieldLabel } from '../content/fieldLabels';
import type { ActionStatus, ProgrammeKind, RagFilter } from './types';

export const kindLabel = labelTable<ProgrammeKind>((t) => ({
  climate_city_contract: t('Climate City Contract'),
  climate_programme: t('Climate and environment programme'),
  secap: t('Sustainable Energy and Climate Action Plan (SECAP)'),
  smart_city_strategy: t('Smart city strategy'),
  sdg_localisation: t('SDG localisation plan'),
  other: t('Other programme'),
}));

export const actionStatusLabel = labelTable<ActionStatus>((t) => ({
  planned: t('Planned'),
  ongoing: t('Ongoing'),
  done: t('Done'),
  stalled: t('Stalled'),
  dropped: t('Dropped'),
}));

/** A rating in words, so that no one needs the colour to read it. */
export const ragLabel = labelTable<RagFilter>((t) => ({
  green: t('Green: on track'),
  amber: t('Amber: at risk'),
  red: t('Red: off track'),
  none: t('Not checked in yet'),
}));

/** The action's fields that its revisions and its spreadsheet's columns name alike. */
function actionFieldNames(t: Translator['t']) {
  return {
    status: t('Status'),
    owner: t('Responsible'),
    theme: t('Theme'),
    start_date: t('Start date'),
    due_date: t('Due date'),
    cost_estimate: t('Cost estimate'),
    funded_amount: t('Funded amount'),
    currency: t('Currency'),
    funding_sources: t('Funding sources'),
  };
}

/** The name of a programme's or an action's top-level field, as revisions list what changed. */
export const fieldLabel = labelTable<string>(
  (t) => ({
    kind: t('Kind'),
    period_start: t('Start of the period'),
    period_end: t('End of the period'),
    baseline_year: t('Baseline year'),
    ...actionFieldNames(t),
    initiative_ids: t('Linked initiatives'),
    indicator_ids: t('Linked targets'),
  }),
  (key, i18n) => sharedFieldLabel(key, i18n) ?? key,
);

export const textFieldLabel = labelTable<string>(
  (t) => ({ summary: t('Summary') }),
  (key, i18n) => sharedFieldLabel(key, i18n) ?? key,
);

/** A column of the actions' spreadsheet, named as its header in the reader's language. */
export const columnLabel = labelTable<string>((t) => ({
  title: t('Title'),
  description: t('Description'),
  ...actionFieldNames(t),
  sdgs: t('SDGs'),
  initiative_ids: t('Initiatives'),
  check_in_period: t('Latest check-in'),
  check_in_rag: t('Rating'),
  check_in_progress: t('Progress (%)'),
  check_in_note: t('Check-in note'),
  check_in_blockers: t('Blockers'),
}));

/** What the editors of programmes and actions tell a visitor, and a member who may not keep them. */
export function keeperLeads({ t }: Pick<Translator, 't'>) {
  return {
    loginLead: t('Log in as a delegate or city administrator of your city to keep its programmes.'),
    forbiddenLead: t(
      'Only the delegates and city administrators of a city, and platform administrators, can keep its programmes.',
    ),
  };
}
