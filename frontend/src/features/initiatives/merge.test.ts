import { describe, expect, it } from 'vitest';
import type { EditableState } from './initiativeKind';
import { BASE } from './testFixtures';
import { changesSince, defaultChoices, mergeStates, textKey } from '../content/merge';
import { initiativeKind } from './initiativeKind';
import { TEXT_FIELDS } from './types';

function withTitle(state: EditableState, language: string, title: string): EditableState {
  const block = state.translations[language] ?? {
    title: '',
    summary: '',
    description: '',
    purpose: '',
  };
  return { ...state, translations: { ...state.translations, [language]: { ...block, title } } };
}

describe('changesSince', () => {
  const theirs = { ...withTitle(BASE, 'tr', 'Kent bostanları ağı'), status: 'ongoing' as const };

  it('lists what someone else changed that the user holds differently', () => {
    const mine = withTitle(BASE, 'tr', 'Bostan İzmir');
    const changes = changesSince(initiativeKind, BASE, theirs, mine);
    expect(changes.map((change) => change.key)).toEqual(['translations.tr.title', 'status']);
    expect(changes[0]).toEqual({
      key: 'translations.tr.title',
      base: 'Kent bostanları',
      theirs: 'Kent bostanları ağı',
      mine: 'Bostan İzmir',
      mineChanged: true,
    });
    expect(changes[1]).toMatchObject({ theirs: 'ongoing', mine: 'planned', mineChanged: false });
  });

  it('leaves out fields both set alike and fields only the user changed', () => {
    const mine = { ...theirs, website: 'https://bostan.example' };
    expect(changesSince(initiativeKind, BASE, theirs, mine)).toEqual([]);
  });

  it('shows a language someone else added as text the user does not have', () => {
    const added = withTitle(BASE, 'fi', 'Kaupunkiviljelmät');
    const [change] = changesSince(initiativeKind, BASE, added, BASE);
    expect(change).toMatchObject({
      key: 'translations.fi.title',
      theirs: 'Kaupunkiviljelmät',
      mine: null,
    });
  });

  it('ignores the order of SDGs', () => {
    expect(changesSince(initiativeKind, BASE, { ...BASE, sdgs: [11, 2] }, BASE)).toEqual([]);
  });
});

describe('mergeStates', () => {
  const theirs = {
    ...withTitle(BASE, 'tr', 'Kent bostanları ağı'),
    status: 'ongoing' as const,
    partners: ['İZSA'],
  };
  const mine = { ...withTitle(BASE, 'tr', 'Bostan İzmir'), website: 'https://bostan.example' };
  const changes = changesSince(initiativeKind, BASE, theirs, mine);

  it('suggests keeping the user’s changes and taking the others', () => {
    expect(defaultChoices(changes)).toEqual({
      'translations.tr.title': 'mine',
      status: 'theirs',
      partners: 'theirs',
    });
  });

  it('takes each field from the side chosen and keeps the user’s other changes', () => {
    const merged = mergeStates(initiativeKind, theirs, mine, changes, {
      'translations.tr.title': 'theirs',
      status: 'theirs',
      partners: 'mine',
    });
    expect(merged.translations.tr?.title).toBe('Kent bostanları ağı');
    expect(merged.status).toBe('ongoing');
    expect(merged.partners).toEqual(BASE.partners);
    expect(merged.website).toBe('https://bostan.example');
    expect(merged.translations.en).toEqual(BASE.translations.en);
  });

  it('drops a language the chosen side does not have', () => {
    const removed = { ...BASE, translations: { tr: BASE.translations.tr! } };
    const edited = withTitle(BASE, 'en', 'Urban gardening');
    const conflict = changesSince(initiativeKind, BASE, removed, edited);
    const merged = mergeStates(initiativeKind, removed, edited, conflict, defaultChoices(conflict));
    expect(merged.translations.en?.title).toBe('Urban gardening');
    const takeTheirs = Object.fromEntries(
      conflict.map((change) => [change.key, 'theirs' as const]),
    );
    expect(
      mergeStates(initiativeKind, removed, edited, conflict, takeTheirs).translations.en,
    ).toBeUndefined();
  });
});

describe('textKey', () => {
  it('reads the language and the text of a translation field', () => {
    expect(textKey('translations.fa.summary', TEXT_FIELDS)).toEqual({
      language: 'fa',
      text: 'summary',
    });
    expect(textKey('status', TEXT_FIELDS)).toBeNull();
  });
});
