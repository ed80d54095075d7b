import { directionOf } from '../i18n/languages';

/** Paragraphs of a plain text, split at blank lines, each marked with the text's language. */
export function Paragraphs({ text, lang }: { text: string; lang: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index} lang={lang} dir={directionOf(lang)}>
            {paragraph}
          </p>
        ))}
    </>
  );
}
