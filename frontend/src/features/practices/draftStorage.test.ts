import { describe, expect, it } from 'vitest';
import { emptyDraft } from './editableState';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draftStorage';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('the stored practice draft', () => {
  it('comes back as saved, per practice, and goes when cleared', () => {
    const storage = new MemoryStorage();
    const stored = { draft: emptyDraft('rasht', 'fa'), base: null, baseVersion: null };
    saveDraft(draftKey(null), stored, storage);
    expect(loadDraft(draftKey(null), storage)).toEqual(stored);
    expect(loadDraft(draftKey(4), storage)).toBeNull();
    clearDraft(draftKey(null), storage);
    expect(loadDraft(draftKey(null), storage)).toBeNull();
  });

  it('ignores what is not a draft', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey(1), '{"draft": {"city": "rasht", "languages": ["xx"]}}');
    storage.setItem(draftKey(2), 'not json');
    expect(loadDraft(draftKey(1), storage)).toBeNull();
    expect(loadDraft(draftKey(2), storage)).toBeNull();
  });
});
