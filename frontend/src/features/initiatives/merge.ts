import {
  comparable,
  sameValue,
  STATE_FIELDS,
  TEXT_FIELDS,
  type EditableState,
  type TextBlock,
  type TextField,
} from './editableState';

/**
 * A field of the editable state as the merge view shows it: a top-level field
 * ("status", "location") or one text of one language ("translations.fi.title").
 */
export type FieldKey = string;

/** A flattened state: each text of each language is its own field, null where that language is missing. */
export type FlatState = Map<FieldKey, unknown>;

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

function languagesOf(...states: EditableState[]): string[] {
  return [...new Set(states.flatMap((state) => Object.keys(state.translations)))].sort();
}

export function flatten(state: EditableState, languages: readonly string[]): FlatState {
  const flat: FlatState = new Map();
  for (const field of STATE_FIELDS) {
    if (field === 'translations') {
      for (const language of languages) {
        const block = state.translations[language];
        for (const text of TEXT_FIELDS) {
          flat.set(`translations.${language}.${text}`, block === undefined ? null : block[text]);
        }
      }
    } else {
      flat.set(field, state[field]);
    }
  }
  return flat;
}

function unflatten(
  flat: FlatState,
  like: EditableState,
  languages: readonly string[],
): EditableState {
  const state = { ...like, translations: {} } as EditableState & Record<string, unknown>;
  for (const field of STATE_FIELDS) {
    if (field !== 'translations') state[field] = flat.get(field) as never;
  }
  for (const language of languages) {
    const texts = TEXT_FIELDS.map((text) => flat.get(`translations.${language}.${text}`));
    if (texts.every((value) => value === null || value === undefined)) continue;
    const block = {} as TextBlock;
    TEXT_FIELDS.forEach((text: TextField, index) => {
      const value = texts[index];
      block[text] = typeof value === 'string' ? value : '';
    });
    state.translations[language] = block;
  }
  return state;
}

/**
 * The fields someone else changed since `base` where the user's value now
 * differs from theirs: the decisions the user has to make. Fields only the
 * user changed keep the user's value; fields both set alike need no decision.
 */
export function changesSince(
  base: EditableState,
  theirs: EditableState,
  mine: EditableState,
): FieldChange[] {
  const languages = languagesOf(base, theirs, mine);
  const [flatBase, flatTheirs, flatMine] = [base, theirs, mine].map((state) =>
    flatten(comparable(state), languages),
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
export function mergeStates(
  theirs: EditableState,
  mine: EditableState,
  changes: readonly FieldChange[],
  choices: Readonly<Record<FieldKey, Choice>>,
): EditableState {
  const languages = languagesOf(theirs, mine);
  const merged = flatten(mine, languages);
  for (const change of changes) {
    if ((choices[change.key] ?? 'mine') === 'theirs') merged.set(change.key, change.theirs);
  }
  return unflatten(merged, mine, languages);
}

/** "translations.fi.title" → { language: "fi", text: "title" }; null for other fields. */
export function textKey(key: FieldKey): { language: string; text: TextField } | null {
  const match = /^translations\.([a-z]{2})\.(\w+)$/.exec(key);
  if (match === null) return null;
  const text = match[2] as TextField;
  return (TEXT_FIELDS as readonly string[]).includes(text)
    ? { language: match[1] ?? '', text }
    : null;
}
