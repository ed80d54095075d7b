import { parseDecimal } from '../../i18n/parseDecimal';
import { sortedSet } from './editableState';

/**
 * How one of a kind's own fields goes between its state (the value as the
 * API stores it) and its form (the value as the inputs hold it).
 */
export interface FieldCodec<StateValue, DraftValue> {
  /** What a new form holds. */
  empty: DraftValue;
  toDraft(value: StateValue): DraftValue;
  toState(value: DraftValue): StateValue;
  /** The value as the API would store it, so that equal values compare equal; as it is by default. */
  comparable?(value: StateValue): StateValue;
  /** A list in the state: the API names its items' problems by index ("sdgs.0"), shown on the whole field. */
  list?: boolean;
}

/**
 * A field the form holds as several fields of its own (a location's
 * latitude, longitude and district): its form value is spread into the form.
 */
export interface SpreadCodec<StateValue, DraftValue extends object> extends FieldCodec<
  StateValue,
  DraftValue
> {
  spread: true;
}

/** A value the form holds as the state does: a status, a kind, a required date, a count. */
export function asItIs<T>(empty: T): FieldCodec<T, T> {
  return { empty, toDraft: (value) => value, toState: (value) => value };
}

/** A text that may be absent: empty in the form, null in the state. */
export const optionalText: FieldCodec<string | null, string> = {
  empty: '',
  toDraft: (value) => value ?? '',
  toState: (value) => value || null,
};

/** A typed text that may be absent, kept without surrounding spaces: a website. */
export const optionalTrimmedText: FieldCodec<string | null, string> = {
  empty: '',
  toDraft: (value) => value ?? '',
  toState: (value) => value.trim() || null,
};

/** A text kept without surrounding spaces: a contact, who is responsible. */
export const trimmedText: FieldCodec<string, string> = {
  empty: '',
  toDraft: (value) => value,
  toState: (value) => value.trim(),
  comparable: (value) => value.trim(),
};

/** One item per non-blank line. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A list the form holds one item a line: partners, funding sources. */
export const lineList: FieldCodec<string[], string> = {
  list: true,
  empty: '',
  toDraft: (value) => value.join('\n'),
  toState: lines,
};

/** Goals, linked items' ids: a set, kept in one order. */
export const numberSet: FieldCodec<number[], number[]> = {
  list: true,
  empty: [],
  toDraft: (value) => [...value],
  toState: (value) => [...value].sort((a, b) => a - b),
  comparable: sortedSet,
};

/** Themes: a set of keys, kept in one order. */
export const stringSet: FieldCodec<string[], string[]> = {
  list: true,
  empty: [],
  toDraft: (value) => [...value],
  toState: (value) => [...value].sort(),
  comparable: sortedSet,
};

/** A number as a reader types it (Persian digits, a decimal comma), or none: an amount, a year. */
export const optionalNumber: FieldCodec<number | null, string> = {
  empty: '',
  toDraft: (value) => (value === null ? '' : String(value)),
  toState: numberOrNone,
};

/** The number typed, NaN when it is not one, null when nothing is typed. */
export function numberOrNone(text: string): number | null {
  return text.trim() === '' ? null : parseDecimal(text);
}
