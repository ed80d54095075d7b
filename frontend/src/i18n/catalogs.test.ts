import { readFileSync } from 'node:fs';
import { po } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './catalogs';
import { LANGUAGES } from './languages';

const template = po.parse(readFileSync(new URL('../../../locales/frontend.pot', import.meta.url)));
const msgids = Object.keys(template.translations[''] ?? {}).filter((msgid) => msgid !== '');

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe.each(LANGUAGES)('the %s catalog', (language) => {
  const catalog = CATALOGS[language];

  it('translates every message of the template', () => {
    const missing = msgids.filter((msgid) => catalog.messages[msgid] === undefined);
    expect(missing).toEqual([]);
  });

  it('keeps the placeholders of each message', () => {
    for (const msgid of msgids) {
      for (const form of catalog.messages[msgid] ?? []) {
        expect(placeholders(form), `${language}: ${msgid}`).toEqual(placeholders(msgid));
      }
    }
  });
});
