import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/problem';
import { useI18n } from '../../i18n/I18nProvider';
import { isLanguage, type Language } from '../../i18n/languages';
import type { Translator } from '../../i18n/translate';
import type { ContentKind, EditableState, Revision, TextDraft, VersionedItem } from './contentKind';
import { clearDraft, draftKey, loadDraft, saveDraft, type StoredDraft } from './draftStore';
import { textBlock, updatePayload } from './editableState';
import { changesSince, defaultChoices, mergeStates, type Choice, type FieldChange } from './merge';
import { problemPlacer } from './problemFields';

/** The API calls an editor makes; each kind's queries provide them. */
export interface EditorEndpoints<Item extends VersionedItem, Draft> {
  /** Creates what the form describes; the new item's id (undefined: several were made). */
  create(draft: Draft): Promise<number | undefined>;
  /** A PATCH based on `version`: a stale one fails with HTTP 412 and nothing changes. */
  update(request: { id: number; version: number; body: Record<string, unknown> }): Promise<Item>;
  /** Reads past the cache, to resolve a stale edit. */
  current(id: number): Promise<Item>;
  revisions(id: number): Promise<Revision[]>;
  saving: boolean;
}

/** Messages the form finds itself before sending, by form field. */
export type DraftErrors = Record<string, string>;

export interface EditorOptions<Item extends VersionedItem, Draft> {
  /** The item edited; null when creating one. */
  item: Item | null;
  /** The form for new content. */
  newDraft(): Draft;
  endpoints: EditorEndpoints<Item, Draft>;
  /** What keeps the form from being sent (times that are not times, …); empty when nothing. */
  validate?(draft: Draft, i18n: Pick<Translator, 't'>): DraftErrors;
  /** Where to go once saved. */
  onSaved(id: number | undefined): void;
}

export interface Conflict<Item, State> {
  current: Item;
  theirs: State;
  mine: State;
  changes: FieldChange[];
  choices: Record<string, Choice>;
  savedBy: string | null;
}

/**
 * A change built on the current form. Declared as a method so that an editor
 * of one kind passes where the shared parts expect any kind's (they only
 * touch the common fields).
 */
type DraftUpdater<Draft> = { update(previous: Draft): Partial<Draft> }['update'];

/** What an editor's form reads and calls; the shared editor parts take it as it is. */
export interface VersionedEditor<Draft extends TextDraft = TextDraft> {
  draft: Draft;
  /** Changes the form: a patch, or a function of the current form for changes that build on it. */
  change(patch: Partial<Draft> | DraftUpdater<Draft>): void;
  changeText(language: Language, field: string, value: string): void;
  addLanguage(language: Language): void;
  removeLanguage(language: Language): void;
  activeTab: Language;
  selectTab(language: Language): void;
  /** Whether the form was filled from a draft kept from earlier. */
  restored: boolean;
  discardDraft(): void;
  /** Messages beside fields: the API's and the form's own. */
  errors: Record<string, string>;
  errorTabs: Language[];
  alerts: string[];
  conflict: {
    changes: FieldChange[];
    choices: Record<string, Choice>;
    savedBy: string | null;
    current: { updated_at: string };
  } | null;
  choose(key: string, choice: Choice): void;
  saveMerged(): void;
  submit(event: FormEvent<HTMLFormElement>): void;
  saving: boolean;
}

/** The element around the form's alert, which a failed save scrolls into view. */
export const EDITOR_ALERT_ID = 'editor-alert';

function scrollToAlert() {
  document.getElementById(EDITOR_ALERT_ID)?.scrollIntoView({ block: 'center' });
}

/** The merged state's languages, in the order the user had its tabs, new ones after. */
function mergedLanguages(previous: readonly Language[], merged: EditableState): Language[] {
  const present = Object.keys(merged.translations).filter(isLanguage);
  return [
    ...previous.filter((language) => present.includes(language)),
    ...present.filter((language) => !previous.includes(language)),
  ];
}

/**
 * The editing machinery every kind of versioned content shares: the form's
 * state and its draft in storage, language tabs, saving with the version
 * edited, the field-by-field merge after someone else's save (HTTP 412), and
 * the API's messages beside their fields (HTTP 422).
 */
export function useVersionedEditor<
  Item extends VersionedItem,
  State extends EditableState,
  Draft extends TextDraft,
>(
  kind: ContentKind<Item, State, Draft>,
  options: EditorOptions<Item, Draft>,
): VersionedEditor<Draft> & { conflict: Conflict<Item, State> | null } {
  const i18n = useI18n();
  const { item, endpoints } = options;
  const storageKey = draftKey(kind.name, item?.id ?? null);
  const { placeFieldErrors } = problemPlacer(kind);

  const initial = (): StoredDraft<State, Draft> =>
    item === null
      ? { draft: options.newDraft(), base: null, baseVersion: null }
      : { draft: kind.draftOf(item), base: kind.stateOf(item), baseVersion: item.version };
  const [stored] = useState(() => loadDraft<State, Draft>(storageKey, kind.isDraft));
  const [edit, setEdit] = useState<StoredDraft<State, Draft>>(() => stored ?? initial());
  const [restored, setRestored] = useState(stored !== null);
  const [touched, setTouched] = useState(false);
  const [activeTab, setActiveTab] = useState<Language>(edit.draft.languages[0] ?? i18n.language);
  const [conflict, setConflict] = useState<Conflict<Item, State> | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [clientErrors, setClientErrors] = useState<DraftErrors>({});
  const { draft } = edit;

  useEffect(() => {
    if (touched) saveDraft(storageKey, edit);
  }, [touched, storageKey, edit]);

  useEffect(() => {
    if (conflict !== null) document.getElementById('merge')?.focus();
  }, [conflict]);

  const placed = placeFieldErrors(submitError, draft.languages, i18n);
  const hasClientErrors = Object.keys(clientErrors).length > 0;

  function change(patch: Partial<Draft> | DraftUpdater<Draft>) {
    setTouched(true);
    setEdit((previous) => ({
      ...previous,
      draft: {
        ...previous.draft,
        ...(typeof patch === 'function' ? patch(previous.draft) : patch),
      },
    }));
  }

  function changeText(language: Language, field: string, value: string) {
    change((previous) => {
      const block = previous.translations[language] ?? textBlock(kind.textFields, {});
      return {
        translations: { ...previous.translations, [language]: { ...block, [field]: value } },
      } as Partial<Draft>;
    });
  }

  function addLanguage(language: Language) {
    change({
      languages: [...draft.languages, language],
      translations: {
        ...draft.translations,
        [language]: draft.translations[language] ?? textBlock(kind.textFields, {}),
      },
    } as Partial<Draft>);
    setActiveTab(language);
  }

  function removeLanguage(language: Language) {
    const languages = draft.languages.filter((other) => other !== language);
    const translations = { ...draft.translations };
    delete translations[language];
    change({ languages, translations } as Partial<Draft>);
    setActiveTab(languages[0] ?? draft.original_language);
  }

  function discardDraft() {
    clearDraft(storageKey);
    setRestored(false);
    setTouched(false);
    const fresh = initial();
    setEdit(fresh);
    setActiveTab(fresh.draft.languages[0] ?? i18n.language);
  }

  function saved(id: number | undefined) {
    clearDraft(storageKey);
    options.onSaved(id);
  }

  function showErrors(error: unknown) {
    setSubmitError(error);
    const next = placeFieldErrors(error, draft.languages, i18n);
    const firstTab = next.tabs[0];
    if (firstTab !== undefined && !next.tabs.includes(activeTab)) setActiveTab(firstTab);
    scrollToAlert();
  }

  async function resolveStale(id: number, base: State, mine: State) {
    try {
      const current = await endpoints.current(id);
      const theirs = kind.stateOf(current);
      const changes = changesSince(kind, base, theirs, mine);
      let savedBy: string | null = null;
      try {
        const revisions = await endpoints.revisions(id);
        savedBy = revisions[0]?.changed_by?.display_name ?? null;
      } catch {
        // Who saved it is a courtesy; the merge works without it.
      }
      setSubmitError(null);
      setConflict({ current, theirs, mine, changes, choices: defaultChoices(changes), savedBy });
    } catch (error) {
      showErrors(error);
    }
  }

  function submitUpdate(id: number, base: State, version: number, next: State) {
    const body = updatePayload(kind, base, next);
    if (Object.keys(body).length === 0) {
      saved(id);
      return;
    }
    endpoints.update({ id, version, body }).then(
      (result) => saved(result.id),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 412) void resolveStale(id, base, next);
        else showErrors(error);
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitError(null);
    setClientErrors({});
    const found = options.validate?.(draft, i18n) ?? {};
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      scrollToAlert();
      return;
    }
    if (item === null) {
      endpoints.create(draft).then(saved, showErrors);
      return;
    }
    submitUpdate(
      item.id,
      edit.base ?? kind.stateOf(item),
      edit.baseVersion ?? item.version,
      kind.stateFromDraft(draft),
    );
  }

  function choose(key: string, choice: Choice) {
    setConflict(
      (previous) => previous && { ...previous, choices: { ...previous.choices, [key]: choice } },
    );
  }

  function saveMerged() {
    if (conflict === null || item === null) return;
    const merged = mergeStates(
      kind,
      conflict.theirs,
      conflict.mine,
      conflict.changes,
      conflict.choices,
    );
    const next: StoredDraft<State, Draft> = {
      draft: {
        ...kind.draftFromState(merged, draft),
        languages: mergedLanguages(draft.languages, merged),
      },
      base: conflict.theirs,
      baseVersion: conflict.current.version,
    };
    setEdit(next);
    saveDraft(storageKey, next);
    setConflict(null);
    submitUpdate(item.id, conflict.theirs, conflict.current.version, merged);
  }

  return {
    draft,
    change,
    changeText,
    addLanguage,
    removeLanguage,
    activeTab: draft.languages.includes(activeTab)
      ? activeTab
      : (draft.languages[0] ?? i18n.language),
    selectTab: setActiveTab,
    restored,
    discardDraft,
    errors: { ...placed.fields, ...clientErrors },
    errorTabs: placed.tabs,
    alerts: hasClientErrors
      ? [i18n.t('Some fields need your attention: see the messages beside them.')]
      : placed.alerts,
    conflict,
    choose,
    saveMerged,
    submit,
    saving: endpoints.saving,
  };
}
