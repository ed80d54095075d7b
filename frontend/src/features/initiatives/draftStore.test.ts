import { describe, expect, it } from 'vitest';
import { draftKey, loadDraft, saveDraft } from '../content/draftStore';
import { MemoryStorage } from '../content/memoryStorage';
import { emptyDraft, initiativeKind } from './initiativeKind';

describe('the stored initiative draft', () => {
  it('comes back as it was saved, per initiative', () => {
    const storage = new MemoryStorage();
    const stored = { draft: emptyDraft({ city: 'izmir' }, 'tr'), base: null, baseVersion: null };
    saveDraft(draftKey('initiative', null), stored, storage);
    expect(loadDraft(draftKey('initiative', null), initiativeKind.isDraft, storage)).toEqual(
      stored,
    );
    expect(loadDraft(draftKey('initiative', 7), initiativeKind.isDraft, storage)).toBeNull();
  });

  it('is ignored when it is not an initiative’s draft', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'k',
      JSON.stringify({ draft: { ...emptyDraft({ city: 'izmir' }, 'tr'), city: 1 } }),
    );
    expect(loadDraft('k', initiativeKind.isDraft, storage)).toBeNull();
  });
});
