import type { Translator } from './translate';

type Label = (key: string, i18n: Pick<Translator, 't'>) => string;

/**
 * A function naming keys in the reader's language, from a table of names.
 * With a table over a closed set of keys (a status, a kind), the compiler
 * sees that every key has a name; a key the table lacks goes to `fallback`.
 */
export function labelTable<Key extends string>(
  names: (t: Translator['t']) => Readonly<Record<Key, string>>,
  fallback: Label = (key) => key,
): (key: Key, i18n: Pick<Translator, 't'>) => string {
  return (key, i18n) => names(i18n.t)[key] ?? fallback(key, i18n);
}
