import type { Catalog } from './catalog';
import type { Language } from './languages';

/**
 * Each language's catalog is a chunk of its own, loaded when the reader
 * needs it: a Persian reader downloads the Persian messages and no others.
 */
const LOADERS: Readonly<Record<Language, () => Promise<{ default: Catalog }>>> = {
  en: () => import('../../../locales/en/LC_MESSAGES/frontend.po'),
  tr: () => import('../../../locales/tr/LC_MESSAGES/frontend.po'),
  fa: () => import('../../../locales/fa/LC_MESSAGES/frontend.po'),
  fi: () => import('../../../locales/fi/LC_MESSAGES/frontend.po'),
};

const loaded = new Map<Language, Catalog>();

/** The catalog of `language` if it has been loaded already, else undefined. */
export function loadedCatalog(language: Language): Catalog | undefined {
  return loaded.get(language);
}

/** Loads the catalog of `language` once; later calls answer from memory. */
export async function loadCatalog(language: Language): Promise<Catalog> {
  const known = loaded.get(language);
  if (known !== undefined) return known;
  const catalog = (await LOADERS[language]()).default;
  loaded.set(language, catalog);
  return catalog;
}
