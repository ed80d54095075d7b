import { ApiError } from '../../api/problem';
import { formErrors } from '../../components/formErrors';
import { isLanguage, type Language } from '../../i18n/languages';
import type { Translator } from '../../i18n/translate';
import type { FieldPlaces } from './contentKind';

/** Where a kind's form shows the API's messages: its field places and its texts. */
export interface ProblemPlaces extends FieldPlaces {
  textFields: readonly string[];
}

export interface PlacedErrors {
  /** Messages by form field: a placed name, "translations.<lang>.<text>", or "translations.<lang>" for a whole tab. */
  fields: Record<string, string>;
  /** The language tabs that hold an error, so the tab can say so. */
  tabs: Language[];
  /** The problem's detail and every message no field shows. */
  alerts: string[];
}

/**
 * Where the form shows an API field name: "translations.tr.title" on the
 * title in the Turkish tab, "sdgs.0" on the goals, an alias's field, a row's
 * index. A language without a tab (e.g. a required original language that
 * was removed) is shown on the original-language field. Null: nowhere.
 */
export function formFieldFor(
  apiField: string,
  tabs: readonly Language[],
  places: ProblemPlaces,
): string | null {
  const field = apiField.replace(/^body\./, '');
  const text = /^translations\.([a-z]{2})(?:\.(\w+))?/.exec(field);
  if (text !== null) {
    const language = text[1];
    if (!isLanguage(language) || !tabs.includes(language)) return 'original_language';
    const name = text[2];
    return name !== undefined && places.textFields.includes(name)
      ? `translations.${language}.${name}`
      : `translations.${language}`;
  }
  const alias = places.aliases?.[field];
  if (alias !== undefined) return alias;
  if (places.placed.includes(field)) return field;
  const [head = field, index] = field.split('.');
  if (index !== undefined && /^\d+$/.test(index) && places.rows?.includes(head)) {
    return `${head}.${index}`;
  }
  return places.lists?.includes(head) ? head : null;
}

export function placeFieldErrors(
  error: unknown,
  tabs: readonly Language[],
  i18n: Pick<Translator, 't'>,
  places: ProblemPlaces,
): PlacedErrors {
  const general = formErrors(error, [], i18n);
  if (!(error instanceof ApiError)) return { fields: {}, tabs: [], alerts: general.alerts };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.problem?.errors ?? []) {
    const place = formFieldFor(field, tabs, places);
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
      .filter(isLanguage),
  );
  const summary = general.alerts[0];
  return {
    fields,
    tabs: tabs.filter((language) => withErrors.has(language)),
    alerts: [...(summary === undefined ? [] : [summary]), ...unplaced],
  };
}

/** A kind's places with its texts, as formFieldFor and placeFieldErrors take them. */
export function problemPlaces(kind: {
  places: FieldPlaces;
  textFields: readonly string[];
}): ProblemPlaces {
  return { ...kind.places, textFields: kind.textFields };
}

/** formFieldFor and placeFieldErrors for one kind's form. */
export function problemPlacer(kind: Parameters<typeof problemPlaces>[0]) {
  const places = problemPlaces(kind);
  return {
    formFieldFor: (apiField: string, tabs: readonly Language[]) =>
      formFieldFor(apiField, tabs, places),
    placeFieldErrors: (error: unknown, tabs: readonly Language[], i18n: Pick<Translator, 't'>) =>
      placeFieldErrors(error, tabs, i18n, places),
  };
}
