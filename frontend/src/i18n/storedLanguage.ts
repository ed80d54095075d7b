import { isLanguage, negotiateLanguage, type Language } from './languages';

const STORAGE_KEY = 'polylog.language';

/** The reader's saved choice, else the best match for the browser's languages. */
export function initialLanguage(): Language {
  const saved = readSavedLanguage();
  return saved ?? negotiateLanguage(navigator.languages);
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
}

function readSavedLanguage(): Language | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : null;
  } catch {
    return null;
  }
}
