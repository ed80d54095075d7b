/**
 * A message catalog as the PO plugin (vite-plugins/poCatalog.ts) builds it:
 * each translated msgid maps to its msgstr forms (one form, or one per plural
 * category). Untranslated and fuzzy entries are left out, so a lookup miss
 * means "fall back to the source text".
 */
export interface Catalog {
  readonly messages: Readonly<Record<string, readonly string[]>>;
}
