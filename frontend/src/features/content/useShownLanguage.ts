import { useState } from 'react';
import { directionOf } from '../../i18n/languages';

interface Translated {
  /** The language the API returned the texts in for this reader. */
  language: string;
  translations: Readonly<Record<string, unknown>>;
}

/**
 * Which of the item's languages the page shows: the one the API chose for
 * the reader, until the reader picks another of its translations.
 */
export function useShownLanguage(item: Translated) {
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = chosen !== null && item.translations[chosen] ? chosen : item.language;
  return { shown, dir: directionOf(shown), show: setChosen };
}
