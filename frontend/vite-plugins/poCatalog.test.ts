import { describe, expect, it } from 'vitest';
import { catalogFromPo } from './poCatalog';

const PO = `
msgid ""
msgstr ""
"Language: fi\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Cities"
msgstr "Kaupungit"

#, fuzzy
msgid "Log out"
msgstr "Kirjaudu"

msgid "Map"
msgstr ""

msgid "{count} city"
msgid_plural "{count} cities"
msgstr[0] "{count} kaupunki"
msgstr[1] "{count} kaupunkia"

msgctxt "verb"
msgid "Search"
msgstr "Hae"
`;

describe('catalogFromPo', () => {
  it('keeps only complete, non-fuzzy translations of the default context', () => {
    expect(catalogFromPo(PO)).toEqual({
      messages: {
        Cities: ['Kaupungit'],
        '{count} city': ['{count} kaupunki', '{count} kaupunkia'],
      },
    });
  });
});
