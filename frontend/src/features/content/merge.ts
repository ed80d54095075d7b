import type { EditableState, TextBlock } from './contentKind';
import { sameValue, textBlock } from './editableState';

/**
 * A field of the editable state as the merge view shows it: a top-level field
 * ("status", "location") or one text of one language ("translations.fi.title").
 */
export type FieldKey = string;

/** A flattened state: each text of each language is its own field, null where that language is missing. */
type FlatState = Map<FieldKey, unknown>;

export interface FieldChange {
  key: FieldKey;
  /** The value in the version the user started editing. */
  base: unknown;
  /** The value now saved by someone else. */
  theirs: unknown;
  /** The user's own value. */
  mine: unknown;
  /** Whether the user changed this field too (then both changed it: a real conflict). */
  mineChanged: boolean;
}

export type Choice = 'mine' | 'theirs';

/** What merging needs of a kind: its fields, its texts and how it compares. */
export interface MergeShape<State extends EditableState> {
  fields: readonly (keyof State & string)[];
  textFields: readonly string[];
  comparable(state: State): State;
}

function languagesOf(...states: EditableState[]): string[] {
  return [...new Set(states.flatMap((state) => Object.keys(state.translations)))].sort();
}

function flatten<State extends EditableState>(
  shape: MergeShape<State>,
  state: State,
  languages: readonly string[],
): FlatState {
  const flat: FlatState = new Map();
  for (const field of shape.fields) {
    if (field !== 'translations') {
      flat.set(field, state[field]);
      continue;
    }
    for (const language of languages) {
      const block = state.translations[language];
      for (const text of shape.textFields) {
        flat.set(`translations.${language}.${text}`, block === undefined ? null : block[text]);
      }
    }
  }
  return flat;
}

function unflatten<State extends EditableState>(
  shape: MergeShape<State>,
  flat: FlatState,
  like: State,
  languages: readonly string[],
): State {
  const state = { ...like } as Record<string, unknown>;
  for (const field of shape.fields) {
    if (field !== 'translations') state[field] = flat.get(field);
  }
  const translations: Record<string, TextBlock> = {};
  for (const language of languages) {
    const texts = Object.fromEntries(
      shape.textFields.map((text) => [text, flat.get(`translations.${language}.${text}`)]),
    );
    if (Object.values(texts).every((value) => value === null || value === undefined)) continue;
    translations[language] = textBlock(shape.textFields, texts);
  }
  state.translations = translations;
  return state as State;
}

/**
 * The fields someone else changed since `base` where the user's value now
 * differs from theirs: the decisions the user has to make. Fields only the
 * user changed keep the user's value; fields both set alike need no decision.
 */
export function changesSince<State extends EditableState>(
  shape: MergeShape<State>,
  base: State,
  theirs: State,
  mine: State,
): FieldChange[] {
  const languages = languagesOf(base, theirs, mine);
  const [flatBase, flatTheirs, flatMine] = [base, theirs, mine].map((state) =>
    flatten(shape, shape.comparable(state), languages),
  ) as [FlatState, FlatState, FlatState];
  const changes: FieldChange[] = [];
  for (const [key, theirValue] of flatTheirs) {
    const baseValue = flatBase.get(key);
    const myValue = flatMine.get(key);
    if (sameValue(theirValue, baseValue) || sameValue(theirValue, myValue)) continue;
    changes.push({
      key,
      base: baseValue,
      theirs: theirValue,
      mine: myValue,
      mineChanged: !sameValue(myValue, baseValue),
    });
  }
  return changes;
}

/** Suggested choices: keep what the user changed, take what only they changed. */
export function defaultChoices(changes: readonly FieldChange[]): Record<FieldKey, Choice> {
  return Object.fromEntries(
    changes.map((change) => [change.key, change.mineChanged ? 'mine' : 'theirs'] as const),
  );
}

/**
 * The user's state with the chosen fields taken from theirs: what to save on
 * top of their version.
 */
export function mergeStates<State extends EditableState>(
  shape: MergeShape<State>,
  theirs: State,
  mine: State,
  changes: readonly FieldChange[],
  choices: Readonly<Record<FieldKey, Choice>>,
): State {
  const languages = languagesOf(theirs, mine);
  const merged = flatten(shape, mine, languages);
  for (const change of changes) {
    if ((choices[change.key] ?? 'mine') === 'theirs') merged.set(change.key, change.theirs);
  }
  return unflatten(shape, merged, mine, languages);
}

/** "translations.fi.title" → { language: "fi", text: "title" }; null for other fields. */
export function textKey(
  key: FieldKey,
  textFields: readonly string[],
): { language: string; text: string } | null {
  const match = /^translations\.([a-z]{2})\.(\w+)$/.exec(key);
  if (match === null) return null;
  const text = match[2] ?? '';
  return textFields.includes(text) ? { language: match[1] ?? '', text } : null;
}
