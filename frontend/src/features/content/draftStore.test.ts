import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draftStore';
import { MemoryStorage } from './memoryStorage';

const hasCity = (draft: Record<string, unknown>) => typeof draft.city === 'string';
const draft = {
  city: 'izmir',
  original_language: 'tr' as const,
  languages: ['tr' as const],
  translations: { tr: { title: 'Kent bostanları' } },
};

describe('the draft store', () => {
  it('keys a draft by kind and item', () => {
    expect(draftKey('session', 12)).toBe('polylog.draft.session.12');
    expect(draftKey('practice', null)).toBe('polylog.draft.practice.new');
  });

  it('gives back what was saved, per kind and item, until cleared', () => {
    const storage = new MemoryStorage();
    const stored = { draft, base: null, baseVersion: null };
    saveDraft(draftKey('initiative', null), stored, storage);
    expect(loadDraft(draftKey('initiative', null), hasCity, storage)).toEqual(stored);
    expect(loadDraft(draftKey('initiative', 7), hasCity, storage)).toBeNull();
    expect(loadDraft(draftKey('practice', null), hasCity, storage)).toBeNull();
    clearDraft(draftKey('initiative', null), storage);
    expect(loadDraft(draftKey('initiative', null), hasCity, storage)).toBeNull();
  });

  it('ignores what is not a draft: not JSON, unknown languages, or not the kind’s', () => {
    const storage = new MemoryStorage();
    storage.setItem('a', 'not json');
    storage.setItem(
      'b',
      JSON.stringify({ draft: { ...draft, languages: ['xx'] }, baseVersion: null }),
    );
    storage.setItem('c', JSON.stringify({ draft: { ...draft, city: 1 }, baseVersion: null }));
    storage.setItem('d', JSON.stringify({ draft, baseVersion: 'v2' }));
    for (const key of ['a', 'b', 'c', 'd']) expect(loadDraft(key, hasCity, storage)).toBeNull();
  });

  it('lasts as long as the page when storage refuses it', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => saveDraft('k', { draft, base: null, baseVersion: 3 }, full)).not.toThrow();
  });
});
