/**
 * Where each kind of content has its pages in the app, by the name the API gives the
 * kind (search hits, evidence, restorable items): `/sessions` lists sessions and
 * `/sessions/4` shows one.
 */
export const CONTENT_PAGES = {
  initiative: '/initiatives',
  practice: '/practices',
  session: '/sessions',
  programme: '/programmes',
  action: '/actions',
  journey: '/journeys',
  track: '/tracks',
} as const;

export type KindWithPages = keyof typeof CONTENT_PAGES;

export function hasPages(kind: string): kind is KindWithPages {
  return Object.hasOwn(CONTENT_PAGES, kind);
}

/** The page of one item, or null for a kind that has no pages of its own. */
export function contentPath(kind: string, id: number | string): string | null {
  return hasPages(kind) ? `${CONTENT_PAGES[kind]}/${id}` : null;
}
