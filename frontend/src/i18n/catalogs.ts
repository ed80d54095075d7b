import en from '../../../locales/en/LC_MESSAGES/frontend.po';
import fa from '../../../locales/fa/LC_MESSAGES/frontend.po';
import fi from '../../../locales/fi/LC_MESSAGES/frontend.po';
import tr from '../../../locales/tr/LC_MESSAGES/frontend.po';
import type { Catalog } from './catalog';
import type { Language } from './languages';

export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, tr, fa, fi };
