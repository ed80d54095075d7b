import { describe, expect, it } from 'vitest';
import { updatePayload } from '../content/editableState';
import { changesSince } from '../content/merge';
import {
  comparable,
  draftFromState,
  EMPTY_TEXT,
  emptyDraft,
  stateFromDraft,
  type EditableState,
  createPayload,
  trackKind,
} from './trackKind';

const BASE: EditableState = {
  original_language: 'tr',
  translations: {
    tr: { title: 'Akıllı Şehir eğitimi', description: '3 gün süren eğitimler.' },
    en: { title: 'Smart City training', description: 'Three days.' },
  },
  session_ids: [10, 11, 12],
  required_sessions: 3,
};

describe('the track form state', () => {
  it('puts the original language first and comes back unchanged', () => {
    const draft = draftFromState(BASE, { host_city: 'balikesir' });
    expect(draft.languages).toEqual(['tr', 'en']);
    expect(draft.host_city).toBe('balikesir');
    expect(stateFromDraft(draft)).toEqual(BASE);
  });

  it('creates with the host city and the sessions in one order', () => {
    const draft = {
      ...emptyDraft({ host_city: 'balikesir' }, 'tr'),
      session_ids: [12, 10],
      required_sessions: 2,
    };
    expect(createPayload(draft)).toEqual({
      host_city: 'balikesir',
      original_language: 'tr',
      translations: { tr: EMPTY_TEXT },
      session_ids: [10, 12],
      required_sessions: 2,
    });
  });

  it('patches only the rule when only the rule changed', () => {
    const next = { ...BASE, session_ids: [12, 11, 10], required_sessions: 2 };
    expect(updatePayload(trackKind, BASE, next)).toEqual({ required_sessions: 2 });
  });

  it('sees the same sessions in another order as no change to merge', () => {
    const theirs = { ...BASE, session_ids: [12, 10, 11] };
    expect(comparable(theirs)).toEqual(comparable(BASE));
    expect(changesSince(trackKind, BASE, theirs, BASE)).toEqual([]);
  });

  it('recognises a stored track draft and nothing else', () => {
    expect(trackKind.isDraft({ ...emptyDraft({ host_city: 'balikesir' }, 'tr') })).toBe(true);
    expect(trackKind.isDraft({ host_city: 'balikesir', session_ids: [] })).toBe(false);
  });
});
