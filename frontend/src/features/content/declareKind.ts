import type { Language } from '../../i18n/languages';
import type { ContentKind, FieldPlaces, VersionedItem } from './contentKind';
import {
  textBlock,
  textDraftOf,
  textStateOf,
  translationsOf,
  updatePayload,
} from './editableState';
import type { FieldCodec } from './fieldCodecs';

type Codecs = Record<string, FieldCodec<unknown, unknown>>;
type StateValue<Codec> = Codec extends { toState(value: never): infer Value } ? Value : never;
type DraftValue<Codec> = Codec extends { empty: infer Value } ? Value : never;
type SpreadKeys<F> = { [K in keyof F]: F[K] extends { spread: true } ? K : never }[keyof F];
type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (
  part: infer I,
) => void
  ? I
  : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The kind's own fields as the state holds them. */
export type OwnState<F> = { [K in keyof F]: StateValue<F[K]> };

/** A kind's editable state, shaped as the API's revision snapshots. */
export type KindState<F, TextField extends string> = Simplify<
  {
    original_language: string;
    translations: Partial<Record<string, Record<TextField, string>>>;
  } & OwnState<F>
>;

/** What a kind's form holds: what it keeps of the item, the texts by tab, and its own fields as typed. */
export type KindDraft<F, TextField extends string, Kept> = Simplify<
  Kept & {
    original_language: Language;
    /** The languages with a tab, in tab order. */
    languages: Language[];
    translations: Partial<Record<Language, Record<TextField, string>>>;
  } & { [K in Exclude<keyof F, SpreadKeys<F>>]: DraftValue<F[K]> } & UnionToIntersection<
      DraftValue<F[SpreadKeys<F>]>
    >
>;

export interface KindDeclaration<
  Item,
  F extends Codecs,
  TextField extends string,
  KeptKey extends keyof Item & string,
> {
  /** Names the kind in stored drafts: "initiative". */
  name: string;
  /** The texts each language has, in the order the form shows them. */
  textFields: readonly TextField[];
  /**
   * What the form keeps of the item besides the state (its city, its
   * programme), sent on creation, each with its type: `{ city: 'string' }`.
   */
  kept: Readonly<Record<KeptKey, 'string' | 'number'>>;
  /** The kind's own fields, in the order the form shows them, each with how the form holds it. */
  fields: F;
  /** Own fields the API object holds otherwise than the state (linked items as objects, …). */
  fromItem?(item: Item): Partial<OwnState<F>>;
  /** A field's value as a request sends it, where that differs from the state's. */
  requestValue?(field: string, value: unknown): unknown;
  /**
   * Where the form shows the API's messages besides its own fields (each on
   * its input), the original language and, for lists, the whole list.
   */
  places?: Partial<FieldPlaces>;
}

function copied(value: unknown): unknown {
  return Array.isArray(value) ? [...value] : value;
}

/** Whether a stored value has the shape of the form's: both lists, or both of one type. */
function sameShape(stored: unknown, empty: unknown): boolean {
  return Array.isArray(stored) === Array.isArray(empty) && typeof stored === typeof empty;
}

function isSpread(codec: FieldCodec<unknown, unknown>): boolean {
  return 'spread' in codec && codec.spread === true;
}

/**
 * A kind of versioned multilingual content from its declaration: its state,
 * its form and what the editing kernel needs, all derived from the kind's own
 * fields. The texts, the languages and what the form keeps are the same for every kind.
 */
export function declareKind<Item extends VersionedItem>() {
  return function declare<
    F extends Codecs,
    TextField extends string,
    KeptKey extends keyof Item & string,
  >(declaration: KindDeclaration<Item, F, TextField, KeptKey>) {
    type State = KindState<F, TextField>;
    type Kept = Pick<Item, KeptKey>;
    type Draft = KindDraft<F, TextField, Kept>;
    const { textFields, fields } = declaration;
    const kept = Object.entries(declaration.kept) as [KeptKey, 'string' | 'number'][];
    const own = Object.entries(fields);

    function stateOf(item: Item): State {
      const record = item as Record<string, unknown>;
      const state: Record<string, unknown> = {
        original_language: record.original_language,
        translations: translationsOf(
          record.translations as Record<string, Partial<Record<string, unknown>>>,
          textFields,
        ),
      };
      for (const [field] of own) state[field] = copied(record[field]);
      return { ...state, ...declaration.fromItem?.(item) } as State;
    }

    /** What the form keeps, from the item or from a form (which keeps the same). */
    function keptOf(like: object): Kept {
      const from = like as Record<string, unknown>;
      return Object.fromEntries(kept.map(([field]) => [field, from[field]])) as Kept;
    }

    function draftFromState(state: State, like: Kept | Draft): Draft {
      const draft: Record<string, unknown> = {
        ...keptOf(like),
        ...textDraftOf(state, textFields),
      };
      for (const [field, codec] of own) {
        const value = codec.toDraft((state as Record<string, unknown>)[field]);
        if (isSpread(codec)) Object.assign(draft, value);
        else draft[field] = value;
      }
      return draft as Draft;
    }

    function stateFromDraft(draft: Draft): State {
      const state: Record<string, unknown> = { ...textStateOf(draft, textFields) };
      for (const [field, codec] of own) {
        state[field] = codec.toState(
          isSpread(codec) ? draft : (draft as Record<string, unknown>)[field],
        );
      }
      return state as State;
    }

    function comparable(state: State): State {
      const result: Record<string, unknown> = { ...state };
      for (const [field, codec] of own) {
        if (codec.comparable) result[field] = codec.comparable(result[field]);
      }
      return result as State;
    }

    /** A new form of `like`'s city (programme…) in `language`, every field empty. */
    function emptyDraft(like: Kept, language: Language): Draft {
      const draft: Record<string, unknown> = {
        ...keptOf(like),
        original_language: language,
        languages: [language],
        translations: { [language]: textBlock(textFields, {}) },
      };
      for (const [field, codec] of own) {
        if (isSpread(codec)) Object.assign(draft, codec.empty);
        else draft[field] = copied(codec.empty);
      }
      return draft as Draft;
    }

    function isDraft(stored: Record<string, unknown>): boolean {
      return (
        kept.every(([field, type]) => typeof stored[field] === type) &&
        own.every(([field, codec]) =>
          isSpread(codec)
            ? Object.entries(codec.empty as object).every(([part, empty]) =>
                sameShape(stored[part], empty),
              )
            : sameShape(stored[field], codec.empty),
        )
      );
    }

    const ownFields = own.map(([field]) => field);
    const kind: ContentKind<Item, State, Draft> = {
      name: declaration.name,
      textFields,
      fields: ['original_language', 'translations', ...ownFields] as (keyof State & string)[],
      stateOf,
      draftOf: (item) => draftFromState(stateOf(item), item),
      stateFromDraft,
      draftFromState,
      comparable,
      ...(declaration.requestValue ? { requestValue: declaration.requestValue } : {}),
      isDraft,
      places: {
        ...declaration.places,
        placed: [
          ...(declaration.places?.placed ?? []),
          'original_language',
          ...own.filter(([, codec]) => !isSpread(codec)).map(([field]) => field),
        ],
        lists: own.filter(([, codec]) => codec.list === true).map(([field]) => field),
      },
    };

    return {
      kind,
      stateOf,
      draftFromState,
      stateFromDraft,
      comparable,
      emptyDraft,
      /** The body of a POST: what the form keeps (the city…) and the whole state. */
      createPayload: (draft: Draft) => ({ ...keptOf(draft), ...stateFromDraft(draft) }),
      /**
       * The body of a PATCH from `base` (the version edited) to `next`: only the
       * fields that differ; a language that changed is sent whole, a removed one as null.
       */
      updatePayload: (base: State, next: State) => updatePayload(kind, base, next),
    };
  };
}
