import { readFileSync } from 'node:fs';
import { po } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { completeLoadedCatalogs, loadCatalog, loadedCatalog, loadStartCatalog } from './catalogs';
import { LANGUAGES } from './languages';

const template = po.parse(readFileSync(new URL('../../../locales/frontend.pot', import.meta.url)));
const msgids = Object.keys(template.translations[''] ?? {}).filter((msgid) => msgid !== '');

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('loading catalogs', () => {
  it('loads only the catalog asked for, once', async () => {
    expect(loadedCatalog('fi')).toBeUndefined();
    const finnish = await loadCatalog('fi');
    expect(loadedCatalog('fi')).toBe(finnish);
    expect(loadedCatalog('tr')).toBeUndefined();
    expect(await loadCatalog('fi')).toBe(finnish);
  });

  it('completes the start of a catalog in place, and only the catalogs started', async () => {
    const turkish = await loadStartCatalog('tr');
    expect(loadedCatalog('tr')).toBe(turkish);
    await completeLoadedCatalogs();
    expect(await loadCatalog('tr')).toBe(turkish);
    expect(await loadStartCatalog('tr')).toBe(turkish);
    expect(loadedCatalog('fa')).toBeUndefined();
  });
});

describe.each(LANGUAGES)('the %s catalog', (language) => {
  it('translates every message of the template', async () => {
    const catalog = await loadCatalog(language);
    const missing = msgids.filter((msgid) => catalog.messages[msgid] === undefined);
    expect(missing).toEqual([]);
  });

  it('keeps the placeholders of each message', async () => {
    const catalog = await loadCatalog(language);
    for (const msgid of msgids) {
      for (const form of catalog.messages[msgid] ?? []) {
        expect(placeholders(form), `${language}: ${msgid}`).toEqual(placeholders(msgid));
      }
    }
  });
});
