import { isLanguage, textDirection } from '../../i18n/languages';
import type { LongField, PracticeHtml } from './types';

interface ServerHtmlProps {
  /** One language's block of the `html` field of the API's answer. */
  source: PracticeHtml;
  field: LongField;
  language: string;
  className?: string;
}

/**
 * A long text as the server rendered it from Markdown and sanitised it (nh3):
 * only the `html` field of a practice from the API ever comes in here, and this
 * is the only place the app inserts HTML.
 */
export function ServerHtml({ source, field, language, className }: ServerHtmlProps) {
  return (
    <div
      className={`prose${className ? ` ${className}` : ''}`}
      lang={language}
      dir={isLanguage(language) ? textDirection(language) : 'auto'}
      dangerouslySetInnerHTML={{ __html: source[field] }}
    />
  );
}
