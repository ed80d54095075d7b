import { ApiError } from '../../api/problem';
import { formErrors } from '../../components/formErrors';
import type { Language } from '../../i18n/languages';
import type { Translator } from '../../i18n/translate';
import { TEXT_FIELDS } from './types';

/** The editor's fields that show the API's messages beside them (besides the texts). */
export const PLACED_FIELDS = [
  'city',
  'original_language',
  'sdgs',
  'themes',
  'initiative_ids',
  'contact',
] as const;

const LIST_FIELDS = new Set(['sdgs', 'themes', 'initiative_ids']);

export interface PlacedErrors {
  /** Messages by form field: a PLACED_FIELDS name, "translations.<lang>.<text>", or "translations.<lang>". */
  fields: Record<string, string>;
  /** The language tabs that hold an error. */
  tabs: Language[];
  /** The problem's detail and every message no field shows. */
  alerts: string[];
}

/**
 * Where the editor shows an API field: "translations.fa.solution" beside the
 * solution in the Persian tab, "sdgs.2" on the goals. A language without a tab
 * is shown on the original language. Null: nowhere, so in the alert.
 */
export function formFieldFor(apiField: string, tabs: readonly Language[]): string | null {
  const field = apiField.replace(/^body\./, '');
  const text = /^translations\.([a-z]{2})(?:\.(\w+))?/.exec(field);
  if (text !== null) {
    const language = text[1] as Language;
    if (!tabs.includes(language)) return 'original_language';
    const name = text[2];
    return name !== undefined && (TEXT_FIELDS as readonly string[]).includes(name)
      ? `translations.${language}.${name}`
      : `translations.${language}`;
  }
  if (field === 'translations') return 'original_language';
  const head = field.split('.')[0] ?? field;
  if (LIST_FIELDS.has(head)) return head;
  return (PLACED_FIELDS as readonly string[]).includes(field) ? field : null;
}

export function placeFieldErrors(
  error: unknown,
  tabs: readonly Language[],
  i18n: Pick<Translator, 't'>,
): PlacedErrors {
  const general = formErrors(error, [], i18n);
  if (!(error instanceof ApiError)) return { fields: {}, tabs: [], alerts: general.alerts };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.problem?.errors ?? []) {
    const place = formFieldFor(field, tabs);
    if (place === null) {
      unplaced.push(message);
      continue;
    }
    const earlier = fields[place];
    fields[place] =
      earlier === undefined || earlier === message ? message : `${earlier} ${message}`;
  }
  const withErrors = new Set(
    Object.keys(fields)
      .map((place) => /^translations\.([a-z]{2})/.exec(place)?.[1])
      .filter((language): language is Language => language !== undefined),
  );
  const summary = general.alerts[0];
  return {
    fields,
    tabs: tabs.filter((language) => withErrors.has(language)),
    alerts: [...(summary === undefined ? [] : [summary]), ...unplaced],
  };
}
