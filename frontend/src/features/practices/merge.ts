import { sameValue } from '../initiatives/editableState';
import { comparable, STATE_FIELDS, textBlock, type EditableState } from './editableState';
import { TEXT_FIELDS, type TextField } from './types';

/**
 * A field as the merge view shows it: a top-level field ("sdgs", "contact")
 * or one text of one language ("translations.fa.solution").
 */
export type FieldKey = string;
type FlatState = Map<FieldKey, unknown>;

export interface FieldChange {
  key: FieldKey;
  /** The value in the version the user started editing. */
  base: unknown;
  /** The value someone else has saved since. */
  theirs: unknown;
  /** The user's own value. */
  mine: unknown;
  /** Whether the user changed it too: a real conflict. */
  mineChanged: boolean;
}

export type Choice = 'mine' | 'theirs';

function languagesOf(...states: EditableState[]): string[] {
  return [...new Set(states.flatMap((state) => Object.keys(state.translations)))].sort();
}

function flatten(state: EditableState, languages: readonly string[]): FlatState {
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

function unflatten(flat: FlatState, languages: readonly string[]): EditableState {
  const translations: EditableState['translations'] = {};
  for (const language of languages) {
    const texts = Object.fromEntries(
      TEXT_FIELDS.map((text) => [text, flat.get(`translations.${language}.${text}`)]),
    );
    if (Object.values(texts).every((value) => value === null || value === undefined)) continue;
    translations[language] = textBlock(texts);
  }
  return {
    original_language: String(flat.get('original_language') ?? 'en'),
    translations,
    sdgs: (flat.get('sdgs') as number[] | undefined) ?? [],
    themes: (flat.get('themes') as string[] | undefined) ?? [],
    initiative_ids: (flat.get('initiative_ids') as number[] | undefined) ?? [],
    contact: String(flat.get('contact') ?? ''),
  };
}

/**
 * The fields someone else changed since `base` where the user's value now
 * differs from theirs: the decisions to make. Fields only the user changed keep
 * the user's value; fields both set alike need no decision.
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

/** The user's state with the chosen fields taken from theirs: what to save on top of their version. */
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
  return unflatten(merged, languages);
}

/** "translations.fa.solution" → { language: "fa", text: "solution" }; null for other fields. */
export function textKey(key: FieldKey): { language: string; text: TextField } | null {
  const match = /^translations\.([a-z]{2})\.(\w+)$/.exec(key);
  if (match === null) return null;
  const text = match[2] as TextField;
  return (TEXT_FIELDS as readonly string[]).includes(text)
    ? { language: match[1] ?? '', text }
    : null;
}
