import {
  createContext,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Catalog } from './catalog';
import { loadCatalog } from './catalogs';
import { createFormatters, type Formatters } from './format';
import { textDirection, type Language } from './languages';
import { saveLanguage } from './storedLanguage';
import { createTranslator, type Translator } from './translate';

export interface I18n extends Translator {
  language: Language;
  format: Formatters;
  /** Switches the interface once the language's catalog has loaded (at once when it has). */
  setLanguage(language: Language): void;
}

interface Shown {
  language: Language;
  catalog: Catalog;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The reader's language and its messages. It starts with the catalog
 * `main.tsx` loaded before the first render, so no page flashes in English.
 */
export function I18nProvider({
  language: initialLanguage,
  catalog: initialCatalog,
  children,
}: Shown & { children: ReactNode }) {
  const [shown, setShown] = useState<Shown>({
    language: initialLanguage,
    catalog: initialCatalog,
  });
  const wanted = useRef<Language>(initialLanguage);
  const { language, catalog } = shown;

  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = textDirection(language);
  }, [language]);

  const i18n = useMemo<I18n>(() => {
    const { t, tn } = createTranslator(language, catalog);
    return {
      language,
      format: createFormatters(language),
      t,
      tn,
      setLanguage(next) {
        saveLanguage(next);
        wanted.current = next;
        void loadCatalog(next).then(
          (loaded) => {
            // A quicker later choice wins over a slower earlier one.
            if (wanted.current === next) setShown({ language: next, catalog: loaded });
          },
          () => {
            // The catalog could not be fetched (offline): keep the language shown now.
            wanted.current = language;
          },
        );
      },
    };
  }, [language, catalog]);

  return <I18nContext value={i18n}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
