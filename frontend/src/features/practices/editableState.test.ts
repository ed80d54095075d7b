import { describe, expect, it } from 'vitest';
import { changesSince, defaultChoices, mergeStates, textKey } from '../content/merge';
import {
  draftFromState,
  EMPTY_TEXT,
  emptyDraft,
  stateFromDraft,
  type EditableState,
  createPayload,
  practiceKind,
  updatePayload,
} from './practiceKind';
import { TEXT_FIELDS } from './types';

const BASE: EditableState = {
  original_language: 'fa',
  translations: {
    fa: { ...EMPTY_TEXT, title: 'تفکیک پسماند از مبدأ', problem: 'پسماند **زیاد** است.' },
    en: { ...EMPTY_TEXT, title: 'Separating waste at source', problem: 'Too much waste.' },
  },
  sdgs: [11, 12],
  themes: ['waste_circular_economy'],
  initiative_ids: [3],
  contact: 'office@rasht.example',
};

describe('the practice form state', () => {
  it('puts the original language first and comes back unchanged', () => {
    const draft = draftFromState(BASE, { city: 'rasht' });
    expect(draft.languages).toEqual(['fa', 'en']);
    expect(stateFromDraft(draft)).toEqual(BASE);
  });

  it('creates with the city, and no contact as null', () => {
    const body = createPayload(emptyDraft({ city: 'rasht' }, 'fa'));
    expect(body).toMatchObject({ city: 'rasht', original_language: 'fa', contact: null });
    expect(body.translations).toEqual({ fa: EMPTY_TEXT });
  });

  it('patches only what changed: a changed language whole, a removed one as null', () => {
    const next: EditableState = {
      ...BASE,
      translations: {
        fa: { ...BASE.translations.fa!, solution: '- یک\n- دو' },
      },
      sdgs: [12, 11],
      contact: '  ',
    };
    expect(updatePayload(BASE, next)).toEqual({
      contact: null,
      translations: { fa: { ...BASE.translations.fa, solution: '- یک\n- دو' }, en: null },
    });
    expect(updatePayload(BASE, { ...BASE, themes: [...BASE.themes] })).toEqual({});
  });
});

describe('merging a stale edit', () => {
  const theirs: EditableState = {
    ...BASE,
    translations: {
      ...BASE.translations,
      en: { ...BASE.translations.en!, problem: 'Their problem.' },
    },
    initiative_ids: [3, 4],
  };
  const mine: EditableState = {
    ...BASE,
    translations: {
      ...BASE.translations,
      en: { ...BASE.translations.en!, problem: 'My problem.', title: 'My title' },
    },
  };

  it('asks only about the fields they changed and the user did not set alike', () => {
    const changes = changesSince(practiceKind, BASE, theirs, mine);
    expect(changes.map((change) => change.key)).toEqual([
      'translations.en.problem',
      'initiative_ids',
    ]);
    expect(defaultChoices(changes)).toEqual({
      'translations.en.problem': 'mine',
      initiative_ids: 'theirs',
    });
  });

  it('keeps the user’s other changes and takes the chosen ones from theirs', () => {
    const changes = changesSince(practiceKind, BASE, theirs, mine);
    const merged = mergeStates(practiceKind, theirs, mine, changes, {
      'translations.en.problem': 'theirs',
      initiative_ids: 'theirs',
    });
    expect(merged.translations.en).toMatchObject({ title: 'My title', problem: 'Their problem.' });
    expect(merged.initiative_ids).toEqual([3, 4]);
    expect(merged.translations.fa).toEqual(BASE.translations.fa);
  });

  it('names the text fields', () => {
    expect(textKey('translations.fa.transferability', TEXT_FIELDS)).toEqual({
      language: 'fa',
      text: 'transferability',
    });
    expect(textKey('translations.fa.nonsense', TEXT_FIELDS)).toBeNull();
    expect(textKey('contact', TEXT_FIELDS)).toBeNull();
  });
});
