import type { Catalog } from './catalog';
import type { Language } from './languages';

type Loader = () => Promise<{ default: Catalog }>;

/**
 * Each language's catalog is a chunk of its own, loaded when the reader
 * needs it: a Persian reader downloads the Persian messages and no others.
 */
const LOADERS: Readonly<Record<Language, Loader>> = {
  en: () => import('../../../locales/en/LC_MESSAGES/frontend.po'),
  tr: () => import('../../../locales/tr/LC_MESSAGES/frontend.po'),
  fa: () => import('../../../locales/fa/LC_MESSAGES/frontend.po'),
  fi: () => import('../../../locales/fi/LC_MESSAGES/frontend.po'),
};

/**
 * The part of each catalog the first route needs: in a build, the messages of
 * the code that runs before the first render (vite-plugins/poCatalog.ts), a
 * few kilobytes instead of the whole catalog. Pages that load lazily complete
 * the catalog with their code (`completeLoadedCatalogs`).
 */
const START_LOADERS: Readonly<Record<Language, Loader>> = {
  en: () => import('../../../locales/en/LC_MESSAGES/frontend.po?start'),
  tr: () => import('../../../locales/tr/LC_MESSAGES/frontend.po?start'),
  fa: () => import('../../../locales/fa/LC_MESSAGES/frontend.po?start'),
  fi: () => import('../../../locales/fi/LC_MESSAGES/frontend.po?start'),
};

type Messages = Record<string, readonly string[]>;

/** One catalog object per language, kept: completing it adds to its messages. */
const catalogs = new Map<Language, { messages: Messages }>();
const completing = new Map<Language, Promise<Catalog>>();

function remember(language: Language, messages: Catalog['messages']): Catalog {
  const known = catalogs.get(language);
  if (known !== undefined) {
    Object.assign(known.messages, messages);
    return known;
  }
  const catalog = { messages: { ...messages } };
  catalogs.set(language, catalog);
  return catalog;
}

/** The catalog of `language` if it has been loaded already (maybe only its start), else undefined. */
export function loadedCatalog(language: Language): Catalog | undefined {
  return catalogs.get(language);
}

/**
 * Loads the messages of `language` the first route needs, once. The catalog
 * returned is completed in place when a page loads the rest.
 */
export async function loadStartCatalog(language: Language): Promise<Catalog> {
  const known = catalogs.get(language) ?? (await completing.get(language));
  if (known !== undefined) return known;
  const { messages } = (await START_LOADERS[language]()).default;
  return catalogs.get(language) ?? remember(language, messages);
}

/** Loads the whole catalog of `language` once; later calls answer from memory. */
export function loadCatalog(language: Language): Promise<Catalog> {
  let complete = completing.get(language);
  if (complete === undefined) {
    complete = LOADERS[language]().then(({ default: { messages } }) =>
      remember(language, messages),
    );
    // Offline for a moment: the next page that needs the catalog tries again.
    complete.catch(() => completing.delete(language));
    completing.set(language, complete);
  }
  return complete;
}

/**
 * Completes every catalog of which only the start has been loaded (normally
 * the reader's one), before a lazily loaded page shows. If that fails, the
 * page shows the source texts where the start had no translation.
 */
export async function completeLoadedCatalogs(): Promise<void> {
  await Promise.all(
    [...catalogs.keys()].map((language) => loadCatalog(language).catch(() => undefined)),
  );
}
