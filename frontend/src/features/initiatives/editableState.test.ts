import { describe, expect, it } from 'vitest';
import {
  draftFromState,
  stateFromDraft,
  updatePayload,
  type EditableState,
} from './initiativeKind';
import { BASE } from './testFixtures';

describe('the form draft', () => {
  it('gives back the state it was made from', () => {
    expect(stateFromDraft(draftFromState(BASE, { city: 'izmir' }))).toEqual(BASE);
  });

  it('puts the original language’s tab first', () => {
    expect(draftFromState(BASE, { city: 'izmir' }).languages).toEqual(['tr', 'en']);
  });

  it('reads one list item per non-blank line', () => {
    const draft = {
      ...draftFromState(BASE, { city: 'izmir' }),
      partners: ' İZSA \n\n  Ege Üniversitesi\n',
    };
    expect(stateFromDraft(draft).partners).toEqual(['İZSA', 'Ege Üniversitesi']);
  });

  it('has no location when the three location fields are blank', () => {
    const draft = { ...draftFromState(BASE, { city: 'izmir' }), lat: '', lng: ' ', district: '' };
    expect(stateFromDraft(draft).location).toBeNull();
  });
});

describe('updatePayload', () => {
  it('sends only what changed', () => {
    const next = { ...BASE, status: 'ongoing' as const, sdgs: [11, 2] };
    expect(updatePayload(BASE, next)).toEqual({ status: 'ongoing' });
  });

  it('sends a changed language whole and a removed one as null', () => {
    const next: EditableState = {
      ...BASE,
      translations: {
        tr: { ...BASE.translations.tr!, title: 'İzmir’in kent bostanları' },
        fi: { title: 'Kaupunkiviljely', summary: '', description: '', purpose: '' },
      },
    };
    expect(updatePayload(BASE, next)).toEqual({
      translations: {
        tr: { ...BASE.translations.tr, title: 'İzmir’in kent bostanları' },
        en: null,
        fi: { title: 'Kaupunkiviljely', summary: '', description: '', purpose: '' },
      },
    });
  });

  it('clears a location with null', () => {
    expect(updatePayload(BASE, { ...BASE, location: null })).toEqual({ location: null });
  });

  it('is empty when nothing changed', () => {
    expect(updatePayload(BASE, structuredClone(BASE))).toEqual({});
  });
});
