export const LANGUAGES = ['en', 'tr', 'fa', 'fi'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in that language, for the language switcher. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  tr: 'Türkçe',
  fa: 'فارسی',
  fi: 'Suomi',
};

/** The Intl locale each UI language formats numbers and dates with. */
const INTL_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  tr: 'tr-TR',
  fa: 'fa-IR-u-ca-persian',
  fi: 'fi-FI',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(language: Language): 'ltr' | 'rtl' {
  return language === 'fa' ? 'rtl' : 'ltr';
}

export function intlLocale(language: Language): string {
  return INTL_LOCALES[language];
}

/**
 * The first supported language among the browser's preferences, matching on
 * the primary subtag ("fi-FI" → fi, "fa-AF" → fa), else English.
 */
export function negotiateLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The direction of a text in ``language``; ``auto`` lets the browser decide for unknown tags. */
export function directionOf(language: string): 'ltr' | 'rtl' | 'auto' {
  return isLanguage(language) ? textDirection(language) : 'auto';
}
