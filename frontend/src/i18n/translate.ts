import type { Catalog } from './catalog';
import { intlLocale, type Language } from './languages';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Translator {
  /** The translation of `msgid`, with `{name}` placeholders filled from `params`. */
  t(msgid: string, params?: MessageParams): string;
  /** The form of `singular`/`plural` for `n`; `{count}` is `n` in the reader's digits. */
  tn(singular: string, plural: string, n: number, params?: MessageParams): string;
}

const CLDR_CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
];

/**
 * Which msgstr form to use for `n`: the CLDR plural category of `n` in the
 * language, counted in CLDR order among the categories the language has.
 * This matches the Plural-Forms of our catalogs (English and Finnish:
 * one/other; Turkish and Persian: a single form, index 0).
 */
export function pluralFormIndex(rules: Intl.PluralRules, n: number, formCount: number): number {
  const categories = rules.resolvedOptions().pluralCategories;
  const ordered = CLDR_CATEGORY_ORDER.filter((category) => categories.includes(category));
  const index = ordered.indexOf(rules.select(n));
  return Math.max(0, Math.min(index, formCount - 1));
}

export function createTranslator(language: Language, catalog: Catalog): Translator {
  const numbers = new Intl.NumberFormat(intlLocale(language));
  const pluralRules = new Intl.PluralRules(intlLocale(language));
  const sourcePluralRules = new Intl.PluralRules('en');

  function interpolate(message: string, params: MessageParams | undefined): string {
    if (params === undefined) return message;
    return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  }

  return {
    t(msgid, params) {
      const message = catalog.messages[msgid]?.[0] ?? msgid;
      return interpolate(message, params);
    },
    tn(singular, plural, n, params) {
      const forms = catalog.messages[singular];
      const message =
        forms === undefined
          ? [singular, plural][pluralFormIndex(sourcePluralRules, n, 2)]
          : forms[pluralFormIndex(pluralRules, n, forms.length)];
      return interpolate(message ?? plural, { count: n, ...params });
    },
  };
}
