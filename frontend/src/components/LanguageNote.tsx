import { useI18n } from '../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES } from '../i18n/languages';

/** Content written in several languages, as the API localises it. */
export interface TranslatedContent {
  /** The language the content was first written in. */
  original_language: string;
  /** The language the API chose for the reader. */
  language: string;
  /** Every language the content has. */
  languages: readonly string[];
}

interface LanguageNoteProps {
  item: TranslatedContent;
  /** The language the page shows the texts in. */
  shown: string;
  onShow(language: string): void;
}

function endonym(language: string): string {
  return isLanguage(language) ? LANGUAGE_NAMES[language] : language;
}

/**
 * Says when the texts are not in the reader's language, or are a translation,
 * with a switch to the original language and back.
 */
export function LanguageNote({ item, shown, onShow }: LanguageNoteProps) {
  const { t, format, language: reader } = useI18n();
  const original = item.original_language;
  // The API's choice for the reader: their language, else English, else the original.
  const best = item.language;
  const readerHasTranslation = item.languages.includes(reader);

  let note: string | null = null;
  if (shown !== reader) {
    note = readerHasTranslation
      ? t('Shown in the original language ({language}).', {
          language: format.languageInSentence(shown),
        })
      : t('Shown in {language} — not yet translated into English.', {
          language: format.languageInSentence(shown),
        });
  } else if (original !== reader) {
    note = t('Translated from {language}.', { language: format.languageInSentence(original) });
  }

  const switchTo = shown !== original ? original : best !== original ? best : null;
  if (note === null && switchTo === null) return null;
  return (
    <div className={`language-note${shown !== reader ? ' language-note--other' : ''}`}>
      {note && (
        <p className="language-note__text" role="note">
          {note}
        </p>
      )}
      {switchTo !== null && (
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => onShow(switchTo)}
        >
          {switchTo === original
            ? t('Show the original ({language})', { language: endonym(original) })
            : t('Show the translation ({language})', { language: endonym(switchTo) })}
        </button>
      )}
    </div>
  );
}
