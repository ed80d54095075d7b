/**
 * Wraps content (a title, a name, a unit) in Unicode isolates (FSI … PDI)
 * before it goes into a translated sentence, so that a Turkish title inside a
 * Persian sentence keeps its own direction and the punctuation around it stays put.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
