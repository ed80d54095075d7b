/** Adds `value` to the list, or takes it out if it is there: what a checkbox in a set does. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}
