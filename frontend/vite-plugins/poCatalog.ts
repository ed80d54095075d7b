import { readFile } from 'node:fs/promises';
import { po, type GetTextTranslation } from 'gettext-parser';
import type { Plugin } from 'vite';
import type { Catalog } from '../src/i18n/catalog';

function isFuzzy(entry: GetTextTranslation): boolean {
  return (entry.comments?.flag ?? '').split(',').some((flag) => flag.trim() === 'fuzzy');
}

function isTranslated(entry: GetTextTranslation): boolean {
  return entry.msgstr.length > 0 && entry.msgstr.every((form) => form !== '');
}

/** Keeps the entries of the default context that carry a complete, non-fuzzy translation. */
export function catalogFromPo(source: Buffer | string): Catalog {
  const entries = Object.values(po.parse(source).translations[''] ?? {});
  const messages: Record<string, string[]> = {};
  for (const entry of entries) {
    if (entry.msgid !== '' && isTranslated(entry) && !isFuzzy(entry)) {
      messages[entry.msgid] = entry.msgstr;
    }
  }
  return { messages };
}

/** Lets the SPA `import catalog from '…/frontend.po'` and get a Catalog. */
export function poCatalog(): Plugin {
  return {
    name: 'polylog-po-catalog',
    async load(id) {
      if (!id.endsWith('.po')) return null;
      const catalog = catalogFromPo(await readFile(id));
      return `export default ${JSON.stringify(catalog)};`;
    },
  };
}
