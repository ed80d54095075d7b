import type { Language } from '../../i18n/languages';
import type { Translator } from '../../i18n/translate';
import { declareKind, type KindDraft, type KindState } from '../content/declareKind';
import {
  asItIs,
  lineList,
  numberOrNone,
  numberSet,
  optionalNumber,
  optionalText,
  trimmedText,
  type FieldCodec,
} from '../content/fieldCodecs';
import type { DraftErrors } from '../content/useVersionedEditor';
import { ACTION_TEXT_FIELDS, type Action, type ActionStatus } from './types';

/** A three-letter code as typed, sent in capitals; none when empty. */
const currencyCode: FieldCodec<string | null, string> = {
  empty: '',
  toDraft: (value) => value ?? '',
  toState: (value) => value.trim().toUpperCase() || null,
};

const FIELDS = {
  status: asItIs<ActionStatus>('planned'),
  owner: trimmedText,
  theme: optionalText,
  start_date: optionalText,
  due_date: optionalText,
  cost_estimate: optionalNumber,
  funded_amount: optionalNumber,
  currency: currencyCode,
  funding_sources: lineList,
  initiative_ids: numberSet,
  indicator_ids: numberSet,
  sdgs: numberSet,
};
type TextField = (typeof ACTION_TEXT_FIELDS)[number];

/** A programme's actions: who carries them out, when, their cost and funding, what they serve. */
const action = declareKind<Action>()({
  name: 'action',
  textFields: ACTION_TEXT_FIELDS,
  kept: { programme_id: 'number', city: 'string' },
  fields: FIELDS,
});

/** Everything an action's keepers edit, shaped as the API's revision snapshots. */
export type ActionState = KindState<typeof FIELDS, TextField>;
/** What the form holds: amounts as typed, the funding sources one per line. */
export type ActionDraft = KindDraft<
  typeof FIELDS,
  TextField,
  Pick<Action, 'programme_id' | 'city'>
>;

export const actionKind = action.kind;
export const {
  draftFromState: actionDraftFromState,
  stateFromDraft: actionStateFromDraft,
  updatePayload: updateActionPayload,
} = action;

/** A new action of `programme`, its amounts in `currency`. */
export function emptyActionDraft(
  programme: { id: number; city: string },
  language: Language,
  currency: string,
): ActionDraft {
  return {
    ...action.emptyDraft({ programme_id: programme.id, city: programme.city }, language),
    currency,
  };
}

/** The body of a POST to the programme's actions: the whole state. */
export const createActionPayload = actionStateFromDraft;

/** What keeps the form from being sent: amounts that are not amounts. */
export function validateAction(draft: ActionDraft, { t }: Pick<Translator, 't'>): DraftErrors {
  const errors: DraftErrors = {};
  for (const field of ['cost_estimate', 'funded_amount'] as const) {
    const amount = numberOrNone(draft[field]);
    if (amount !== null && !(Number.isFinite(amount) && amount >= 0)) {
      errors[field] = t('Write an amount of zero or more, e.g. 250000 or 1250,50.');
    }
  }
  return errors;
}
