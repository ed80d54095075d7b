import { LANGUAGES } from '../../i18n/languages';
import type { EditableState, PracticeDraft } from './editableState';

/** An unsaved practice kept for this tab, so that a reload does not lose typing. */
export interface StoredDraft {
  draft: PracticeDraft;
  /** The version the edit started from and its state (null for a new practice). */
  base: EditableState | null;
  baseVersion: number | null;
}

const PREFIX = 'polylog.practice-draft.';

export function draftKey(practiceId: number | null): string {
  return `${PREFIX}${practiceId ?? 'new'}`;
}

function looksLikeDraft(value: unknown): value is StoredDraft {
  if (value === null || typeof value !== 'object') return false;
  const { draft, baseVersion } = value as { draft?: Partial<PracticeDraft>; baseVersion?: unknown };
  return (
    draft !== undefined &&
    typeof draft.city === 'string' &&
    typeof draft.contact === 'string' &&
    Array.isArray(draft.languages) &&
    draft.languages.length > 0 &&
    draft.languages.every((language) => (LANGUAGES as readonly string[]).includes(language)) &&
    typeof draft.translations === 'object' &&
    draft.translations !== null &&
    Array.isArray(draft.sdgs) &&
    Array.isArray(draft.themes) &&
    Array.isArray(draft.initiative_ids) &&
    (baseVersion === null || typeof baseVersion === 'number')
  );
}

function safeSession(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(
  key: string,
  storage: Storage | undefined = safeSession(),
): StoredDraft | null {
  try {
    const raw = storage?.getItem(key);
    if (raw === null || raw === undefined) return null;
    const parsed: unknown = JSON.parse(raw);
    return looksLikeDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveDraft(
  key: string,
  value: StoredDraft,
  storage: Storage | undefined = safeSession(),
): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft lasts as long as the page.
  }
}

export function clearDraft(key: string, storage: Storage | undefined = safeSession()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
