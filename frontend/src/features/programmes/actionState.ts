import type { Language } from '../../i18n/languages';
import { parseDecimal } from '../../i18n/parseDecimal';
import type { Translator } from '../../i18n/translate';
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
import { ACTION_TEXT_FIELDS, type Action, type ActionStatus } from './types';

type TextBlock = Record<(typeof ACTION_TEXT_FIELDS)[number], string>;

/** Everything an action's keepers edit, shaped as the API's revision snapshots. */
export interface ActionState {
  original_language: string;
  translations: Partial<Record<string, TextBlock>>;
  status: ActionStatus;
  owner: string;
  theme: string | null;
  start_date: string | null;
  due_date: string | null;
  cost_estimate: number | null;
  funded_amount: number | null;
  currency: string | null;
  funding_sources: string[];
  initiative_ids: number[];
  indicator_ids: number[];
  sdgs: number[];
}

export const ACTION_FIELDS = [
  'original_language',
  'translations',
  'status',
  'owner',
  'theme',
  'start_date',
  'due_date',
  'cost_estimate',
  'funded_amount',
  'currency',
  'funding_sources',
  'initiative_ids',
  'indicator_ids',
  'sdgs',
] as const satisfies readonly (keyof ActionState)[];

/** What the form holds: amounts as typed, the funding sources one per line. */
export interface ActionDraft {
  programme_id: number;
  city: string;
  original_language: Language;
  languages: Language[];
  translations: Partial<Record<Language, TextBlock>>;
  status: ActionStatus;
  owner: string;
  theme: string;
  start_date: string;
  due_date: string;
  cost_estimate: string;
  funded_amount: string;
  currency: string;
  funding_sources: string;
  initiative_ids: number[];
  indicator_ids: number[];
  sdgs: number[];
}

export function emptyActionDraft(
  programme: { id: number; city: string },
  language: Language,
  currency: string,
): ActionDraft {
  return {
    programme_id: programme.id,
    city: programme.city,
    original_language: language,
    languages: [language],
    translations: { [language]: textBlock(ACTION_TEXT_FIELDS, {}) as TextBlock },
    status: 'planned',
    owner: '',
    theme: '',
    start_date: '',
    due_date: '',
    cost_estimate: '',
    funded_amount: '',
    currency,
    funding_sources: '',
    initiative_ids: [],
    indicator_ids: [],
    sdgs: [],
  };
}

export function actionStateOf(action: Action): ActionState {
  return {
    original_language: action.original_language,
    translations: translationsOf(
      action.translations,
      ACTION_TEXT_FIELDS,
    ) as ActionState['translations'],
    status: action.status,
    owner: action.owner,
    theme: action.theme,
    start_date: action.start_date,
    due_date: action.due_date,
    cost_estimate: action.cost_estimate,
    funded_amount: action.funded_amount,
    currency: action.currency,
    funding_sources: [...action.funding_sources],
    initiative_ids: [...action.initiative_ids],
    indicator_ids: [...action.indicator_ids],
    sdgs: [...action.sdgs],
  };
}

function amountText(amount: number | null): string {
  return amount === null ? '' : String(amount);
}

export function actionDraftFromState(
  state: ActionState,
  like: Pick<ActionDraft, 'programme_id' | 'city'>,
): ActionDraft {
  return {
    programme_id: like.programme_id,
    city: like.city,
    ...textDraftOf<ActionDraft>(state, ACTION_TEXT_FIELDS),
    status: state.status,
    owner: state.owner,
    theme: state.theme ?? '',
    start_date: state.start_date ?? '',
    due_date: state.due_date ?? '',
    cost_estimate: amountText(state.cost_estimate),
    funded_amount: amountText(state.funded_amount),
    currency: state.currency ?? '',
    funding_sources: state.funding_sources.join('\n'),
    initiative_ids: [...state.initiative_ids],
    indicator_ids: [...state.indicator_ids],
    sdgs: [...state.sdgs],
  };
}

/** One item per non-blank line. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function amountOf(text: string): number | null {
  return text.trim() === '' ? null : parseDecimal(text);
}

export function actionStateFromDraft(draft: ActionDraft): ActionState {
  return {
    ...textStateOf<ActionState>(draft, ACTION_TEXT_FIELDS),
    status: draft.status,
    owner: draft.owner.trim(),
    theme: draft.theme || null,
    start_date: draft.start_date || null,
    due_date: draft.due_date || null,
    cost_estimate: amountOf(draft.cost_estimate),
    funded_amount: amountOf(draft.funded_amount),
    currency: draft.currency.trim().toUpperCase() || null,
    funding_sources: lines(draft.funding_sources),
    initiative_ids: [...draft.initiative_ids].sort((a, b) => a - b),
    indicator_ids: [...draft.indicator_ids].sort((a, b) => a - b),
    sdgs: [...draft.sdgs].sort((a, b) => a - b),
  };
}

/** What keeps the form from being sent: amounts that are not amounts. */
export function validateAction(draft: ActionDraft, { t }: Pick<Translator, 't'>): DraftErrors {
  const errors: DraftErrors = {};
  for (const field of ['cost_estimate', 'funded_amount'] as const) {
    const amount = amountOf(draft[field]);
    if (amount !== null && !(Number.isFinite(amount) && amount >= 0)) {
      errors[field] = t('Write an amount of zero or more, e.g. 250000 or 1250,50.');
    }
  }
  return errors;
}

export const actionKind: ContentKind<Action, ActionState, ActionDraft> = {
  name: 'action',
  textFields: ACTION_TEXT_FIELDS,
  fields: ACTION_FIELDS,
  stateOf: actionStateOf,
  draftOf: (action) =>
    actionDraftFromState(actionStateOf(action), {
      programme_id: action.programme_id,
      city: action.city,
    }),
  stateFromDraft: actionStateFromDraft,
  draftFromState: actionDraftFromState,
  comparable: (state) => ({
    ...state,
    owner: state.owner.trim(),
    funding_sources: [...state.funding_sources],
    initiative_ids: sortedSet(state.initiative_ids),
    indicator_ids: sortedSet(state.indicator_ids),
    sdgs: sortedSet(state.sdgs),
  }),
  isDraft: (draft) =>
    typeof draft.programme_id === 'number' &&
    typeof draft.cost_estimate === 'string' &&
    typeof draft.funding_sources === 'string' &&
    Array.isArray(draft.initiative_ids) &&
    Array.isArray(draft.indicator_ids) &&
    Array.isArray(draft.sdgs),
  places: {
    placed: [
      'original_language',
      'status',
      'owner',
      'theme',
      'start_date',
      'due_date',
      'cost_estimate',
      'funded_amount',
      'currency',
      'funding_sources',
      'initiative_ids',
      'indicator_ids',
      'sdgs',
    ],
    lists: ['funding_sources', 'initiative_ids', 'indicator_ids', 'sdgs'],
  },
};

/** The body of a POST to the programme's actions: the whole state. */
export function createActionPayload(draft: ActionDraft) {
  return actionStateFromDraft(draft);
}

export function updateActionPayload(base: ActionState, next: ActionState) {
  return sharedUpdatePayload(actionKind, base, next);
}
