import {
  createContext,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { CATALOGS } from './catalogs';
import { createFormatters, type Formatters } from './format';
import { textDirection, type Language } from './languages';
import { initialLanguage, saveLanguage } from './storedLanguage';
import { createTranslator, type Translator } from './translate';

export interface I18n extends Translator {
  language: Language;
  format: Formatters;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = textDirection(language);
  }, [language]);

  const i18n = useMemo<I18n>(() => {
    const { t, tn } = createTranslator(language, CATALOGS[language]);
    return {
      language,
      format: createFormatters(language),
      t,
      tn,
      setLanguage(next) {
        saveLanguage(next);
        setLanguageState(next);
      },
    };
  }, [language]);

  return <I18nContext value={i18n}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
