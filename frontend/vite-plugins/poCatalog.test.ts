import { describe, expect, it } from 'vitest';
import { catalogForSources, catalogFromPo } from './poCatalog';

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

describe('catalogForSources', () => {
  const catalog = {
    messages: {
      Cities: ['Kaupungit'],
      Map: ['Kartta'],
      "Don't": ['Älä'],
      'Say "hi"': ['Sano "hei"'],
      Search: ['Hae'],
    },
  };

  it('keeps the messages written as string literals in the sources, however quoted', () => {
    const sources = [
      `t("Cities"); t('Don\\'t');`,
      'const label = `Say "hi"`;',
      "useSearchParams(); 'Searching'",
    ];
    expect(catalogForSources(catalog, sources)).toEqual({
      messages: { Cities: ['Kaupungit'], "Don't": ['Älä'], 'Say "hi"': ['Sano "hei"'] },
    });
  });

  it('keeps nothing of sources that use no message', () => {
    expect(catalogForSources(catalog, [])).toEqual({ messages: {} });
  });
});
