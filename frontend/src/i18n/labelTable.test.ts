import { describe, expect, it } from 'vitest';
import { labelTable } from './labelTable';

const shout = { t: (msgid: string) => msgid.toUpperCase() };

describe('labelTable', () => {
  it('names a key in the reader’s language, translated when asked', () => {
    const statusLabel = labelTable<'planned' | 'done'>((t) => ({
      planned: t('Planned'),
      done: t('Done'),
    }));
    expect(statusLabel('planned', shout)).toBe('PLANNED');
  });

  it('hands a key the table lacks to the fallback, or gives the key itself', () => {
    const own = labelTable<string>((t) => ({ venue: t('Venue') }));
    const withShared = labelTable<string>(
      (t) => ({ venue: t('Venue') }),
      (key) => `shared:${key}`,
    );
    expect(own('capacity', shout)).toBe('capacity');
    expect(withShared('themes', shout)).toBe('shared:themes');
  });
});
