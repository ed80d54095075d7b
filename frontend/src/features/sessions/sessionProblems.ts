import { ApiError } from '../../api/problem';
import { formErrors } from '../../components/formErrors';
import { isLanguage, type Language } from '../../i18n/languages';
import type { Translator } from '../../i18n/translate';

/** The form's fields that show the API's messages beside them. */
const PLACED = new Set([
  'host_city',
  'original_language',
  'kind',
  'format',
  'capacity',
  'languages',
  'interpretation',
  'venue',
  'online_url',
  'themes',
  'sdgs',
  'series',
  'occurrences',
]);

/** Where the API's field names for times are shown in the form. */
const TIME_FIELDS: Record<string, string> = {
  starts_at: 'date',
  ends_at: 'end',
  registration_closes_at: 'closes',
  timezone: 'host_city',
};

/**
 * Where the session form shows an API field: "translations.fi.title" on the
 * title in the Finnish tab, "starts_at" on the date, "occurrences.2.ends_at" on
 * the third row of a series, "languages.0" on the spoken languages. Null: nowhere.
 */
export function sessionFieldFor(apiField: string, tabs: readonly Language[]): string | null {
  const field = apiField.replace(/^body\./, '');
  const text = /^translations\.([a-z]{2})(?:\.(title|description))?/.exec(field);
  if (text !== null) {
    const language = text[1];
    if (!isLanguage(language) || !tabs.includes(language)) return 'original_language';
    return text[2] === undefined
      ? `translations.${language}`
      : `translations.${language}.${text[2]}`;
  }
  const occurrence = /^occurrences\.(\d+)/.exec(field);
  if (occurrence !== null) return `occurrences.${occurrence[1]}`;
  const time = TIME_FIELDS[field];
  if (time !== undefined) return time;
  const head = field.split('.')[0] ?? field;
  return PLACED.has(head) ? head : null;
}

export interface PlacedSessionErrors {
  fields: Record<string, string>;
  /** The language tabs that hold an error. */
  tabs: Language[];
  /** The problem's detail and every message no field shows. */
  alerts: string[];
}

export function placeSessionErrors(
  error: unknown,
  tabs: readonly Language[],
  i18n: Pick<Translator, 't'>,
): PlacedSessionErrors {
  const general = formErrors(error, [], i18n);
  if (!(error instanceof ApiError)) return { fields: {}, tabs: [], alerts: general.alerts };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.problem?.errors ?? []) {
    const place = sessionFieldFor(field, tabs);
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
      .filter((language): language is Language => isLanguage(language)),
  );
  const summary = general.alerts[0];
  return {
    fields,
    tabs: tabs.filter((language) => withErrors.has(language)),
    alerts: [...(summary === undefined ? [] : [summary]), ...unplaced],
  };
}
