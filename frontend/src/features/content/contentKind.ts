import type { components } from '../../api/schema';
import type { Language } from '../../i18n/languages';

/** The texts of one language: a value for each of the kind's text fields. */
export type TextBlock = Record<string, string>;

/**
 * What every kind's editable state has, shaped as the API's revision
 * snapshots: an original language and texts per language. Each kind adds its
 * own top-level fields.
 */
export interface EditableState {
  original_language: string;
  translations: Partial<Record<string, TextBlock>>;
}

/** What every kind's form holds for its texts: the languages with a tab, in tab order. */
export interface TextDraft {
  original_language: Language;
  languages: Language[];
  translations: Partial<Record<Language, TextBlock>>;
}

/** What the kernel needs of an API object: which one it is and which version. */
export interface VersionedItem {
  id: number;
  version: number;
  updated_at: string;
}

export type Revision = components['schemas']['RevisionOut'];

/** Where the form shows the API's field names (see problemFields.ts). */
export interface FieldPlaces {
  /** API fields shown beside the form field of the same name. */
  placed: readonly string[];
  /** API fields whose items ("sdgs.0") are shown on the whole field. */
  lists?: readonly string[];
  /** API fields shown on a form field of another name. */
  aliases?: Readonly<Record<string, string>>;
  /** API fields whose first index names a row: "occurrences.2.ends_at" on "occurrences.2". */
  rows?: readonly string[];
}

/**
 * A kind of versioned multilingual content as the editing kernel sees it:
 * its fields and how to turn API objects into editable state and back.
 * A new kind declares this and writes only its own form fields.
 */
export interface ContentKind<
  Item extends VersionedItem,
  State extends EditableState,
  Draft extends TextDraft,
> {
  /** Names the kind in stored drafts: "initiative". */
  name: string;
  /** The texts each language has, in the order the form shows them. */
  textFields: readonly string[];
  /** The state's top-level fields ("translations" among them), in the order the form shows them. */
  fields: readonly (keyof State & string)[];
  stateOf(item: Item): State;
  draftOf(item: Item): Draft;
  stateFromDraft(draft: Draft): State;
  /** A form for `state` that keeps what the state does not hold (the city, form-only fields) from `like`. */
  draftFromState(state: State, like: Draft): Draft;
  /** The state as the API would store it, so that equal states compare equal (sets in one order, …). */
  comparable(state: State): State;
  /** A field's value as a request sends it, where that differs from the state's. */
  requestValue?(field: string, value: unknown): unknown;
  /** Whether a stored object has the kind's own draft fields (the kernel checks the texts). */
  isDraft(draft: Record<string, unknown>): boolean;
  places: FieldPlaces;
}
