import { isLanguage } from '../../i18n/languages';
import type { EditableState, TextDraft } from './contentKind';

/**
 * An unsaved form, kept in the browser so that a reload (or a closed tab)
 * does not lose typing, with the version it started from so that a save
 * after someone else's still gets the field-by-field merge.
 */
export interface StoredDraft<State extends EditableState, Draft extends TextDraft> {
  draft: Draft;
  /** The version the edit started from and its state (null for new content). */
  base: State | null;
  baseVersion: number | null;
}

const PREFIX = 'polylog.draft.';

/** One key per kind and item: "polylog.draft.session.12", "polylog.draft.practice.new". */
export function draftKey(kind: string, id: number | null): string {
  return `${PREFIX}${kind}.${id ?? 'new'}`;
}

function hasTexts(draft: Record<string, unknown>): boolean {
  const { languages, translations } = draft;
  return (
    Array.isArray(languages) &&
    languages.length > 0 &&
    languages.every(isLanguage) &&
    typeof translations === 'object' &&
    translations !== null
  );
}

function looksStored(value: unknown, isDraft: (draft: Record<string, unknown>) => boolean) {
  if (value === null || typeof value !== 'object') return false;
  const { draft, baseVersion } = value as { draft?: unknown; baseVersion?: unknown };
  return (
    draft !== null &&
    typeof draft === 'object' &&
    hasTexts(draft as Record<string, unknown>) &&
    isDraft(draft as Record<string, unknown>) &&
    (baseVersion === null || typeof baseVersion === 'number')
  );
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft<State extends EditableState, Draft extends TextDraft>(
  key: string,
  isDraft: (draft: Record<string, unknown>) => boolean,
  storage: Storage | undefined = browserStorage(),
): StoredDraft<State, Draft> | null {
  try {
    const raw = storage?.getItem(key);
    if (raw === null || raw === undefined) return null;
    const parsed: unknown = JSON.parse(raw);
    return looksStored(parsed, isDraft) ? (parsed as StoredDraft<State, Draft>) : null;
  } catch {
    return null;
  }
}

export function saveDraft(
  key: string,
  value: StoredDraft<EditableState, TextDraft>,
  storage: Storage | undefined = browserStorage(),
): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft lasts as long as the page.
  }
}

export function clearDraft(key: string, storage: Storage | undefined = browserStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
