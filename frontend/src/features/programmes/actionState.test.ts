import { describe, expect, it } from 'vitest';
import {
  actionDraftFromState,
  actionStateFromDraft,
  updateActionPayload,
  validateAction,
  type ActionState,
} from './actionState';

const t = { t: (message: string) => message };
const WHERE = { programme_id: 1, city: 'izmir' };

const BASE: ActionState = {
  original_language: 'tr',
  translations: { tr: { title: 'Enerji verimliliği fizibilite projeleri', description: '' } },
  status: 'ongoing',
  owner: 'İzmir Büyükşehir Belediyesi',
  theme: 'energy',
  start_date: '2025-01-01',
  due_date: '2027-06-30',
  cost_estimate: 1800000,
  funded_amount: null,
  currency: 'EUR',
  funding_sources: ['Capital Hub', 'Belediye bütçesi'],
  initiative_ids: [2],
  indicator_ids: [],
  sdgs: [7, 13],
};

describe('an action’s form', () => {
  it('gives back the state it was made from', () => {
    expect(actionStateFromDraft(actionDraftFromState(BASE, WHERE))).toEqual(BASE);
  });

  it('reads amounts as a reader types them and no amount as null', () => {
    const draft = actionDraftFromState(BASE, WHERE);
    const state = actionStateFromDraft({
      ...draft,
      cost_estimate: '۲۵۰۰۰۰٫۵',
      funded_amount: '',
      currency: 'try',
      funding_sources: ' Capital Hub \n\n',
    });
    expect(state.cost_estimate).toBe(250000.5);
    expect(state.funded_amount).toBeNull();
    expect(state.currency).toBe('TRY');
    expect(state.funding_sources).toEqual(['Capital Hub']);
  });

  it('refuses amounts that are not amounts, or below zero, before sending', () => {
    const draft = actionDraftFromState(BASE, WHERE);
    expect(validateAction({ ...draft, cost_estimate: 'much' }, t)).toHaveProperty('cost_estimate');
    expect(validateAction({ ...draft, funded_amount: '-5' }, t)).toHaveProperty('funded_amount');
    expect(validateAction(draft, t)).toEqual({});
  });

  it('sends only what changed, and a cleared theme as null', () => {
    const next: ActionState = { ...BASE, theme: null, sdgs: [13, 7], status: 'stalled' };
    expect(updateActionPayload(BASE, next)).toEqual({ status: 'stalled', theme: null });
  });
});
