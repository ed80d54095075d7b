import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages';
import type {
  ContentKind,
  EditableState,
  TextBlock,
  TextDraft,
  VersionedItem,
} from './contentKind';

/** A block with every one of `fields`, from whatever strings `value` has. */
export function textBlock(
  fields: readonly string[],
  value: Partial<Record<string, unknown>> | null | undefined,
): TextBlock {
  const block: TextBlock = {};
  for (const field of fields) {
    const text = value?.[field];
    block[field] = typeof text === 'string' ? text : '';
  }
  return block;
}

/** Compares two values of a state as the API would store them. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'number' && Number.isNaN(value)) return null;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

/** The values once each, in one order: how the API keeps goals, themes and links. */
export function sortedSet<T extends string | number>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The original language's tab first, then the others in the usual order. */
function tabOrder(languages: readonly Language[], original: string): Language[] {
  return LANGUAGES.filter((language) => languages.includes(language)).sort(
    (a, b) => Number(b === original) - Number(a === original),
  );
}

type DraftTexts<Draft extends TextDraft> = Pick<
  Draft,
  'original_language' | 'languages' | 'translations'
>;
type StateTexts<State extends EditableState> = Pick<State, 'original_language' | 'translations'>;

/** The texts of a state as the form holds them, typed as the kind's form's. */
export function textDraftOf<Draft extends TextDraft = TextDraft>(
  state: EditableState,
  textFields: readonly string[],
): DraftTexts<Draft> {
  const languages = tabOrder(
    Object.keys(state.translations).filter(isLanguage),
    state.original_language,
  );
  const translations: TextDraft['translations'] = {};
  for (const language of languages) {
    translations[language] = textBlock(textFields, state.translations[language]);
  }
  return {
    original_language: isLanguage(state.original_language)
      ? state.original_language
      : (languages[0] ?? 'en'),
    languages,
    translations,
  } as DraftTexts<Draft>;
}

/** The texts of a form as the state holds them: one block per language with a tab. */
export function textStateOf<State extends EditableState = EditableState>(
  draft: TextDraft,
  textFields: readonly string[],
): StateTexts<State> {
  const translations: EditableState['translations'] = {};
  for (const language of draft.languages) {
    translations[language] = textBlock(textFields, draft.translations[language]);
  }
  return { original_language: draft.original_language, translations } as StateTexts<State>;
}

/** A state's translations, each read with the kind's text fields. */
export function translationsOf(
  translations: Readonly<Record<string, Partial<Record<string, unknown>> | undefined>>,
  textFields: readonly string[],
): EditableState['translations'] {
  const result: EditableState['translations'] = {};
  for (const [language, text] of Object.entries(translations)) {
    result[language] = textBlock(textFields, text);
  }
  return result;
}

/**
 * The body of a PATCH from `base` (the version edited) to `next`: only the
 * fields that differ; a language that changed is sent whole, a removed one as null.
 */
export function updatePayload<State extends EditableState>(
  kind: Pick<
    ContentKind<VersionedItem, State, TextDraft>,
    'fields' | 'comparable' | 'requestValue'
  >,
  base: State,
  next: State,
): Record<string, unknown> {
  const from = kind.comparable(base) as State & Record<string, unknown>;
  const to = kind.comparable(next) as State & Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const field of kind.fields) {
    if (field === 'translations') continue;
    if (!sameValue(from[field], to[field])) {
      const value = (next as Record<string, unknown>)[field];
      body[field] = kind.requestValue ? kind.requestValue(field, value) : value;
    }
  }
  const translations: Record<string, TextBlock | null> = {};
  for (const language of new Set([
    ...Object.keys(from.translations),
    ...Object.keys(to.translations),
  ])) {
    const after = to.translations[language];
    if (after === undefined) translations[language] = null;
    else if (!sameValue(from.translations[language], after)) translations[language] = after;
  }
  if (Object.keys(translations).length > 0) body.translations = translations;
  return body;
}
