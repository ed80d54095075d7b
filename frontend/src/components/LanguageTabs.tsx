import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LANGUAGE_NAMES, textDirection, type Language } from '../i18n/languages';

interface LanguageTabsProps {
  idPrefix: string;
  label: string;
  languages: readonly Language[];
  active: Language;
  original: Language;
  /** Tabs whose fields hold an error. */
  withErrors: readonly Language[];
  onSelect(language: Language): void;
  renderPanel(language: Language): ReactNode;
}

/**
 * One tab per language (WAI-ARIA tabs, automatic activation): arrow keys move
 * between tabs, mirrored in right-to-left, Home and End jump to the ends.
 */
export function LanguageTabs({
  idPrefix,
  label,
  languages,
  active,
  original,
  withErrors,
  onSelect,
  renderPanel,
}: LanguageTabsProps) {
  const { t, language: uiLanguage } = useI18n();
  const tabs = useRef(new Map<Language, HTMLButtonElement>());
  const tabId = (language: Language) => `${idPrefix}-tab-${language}`;
  const panelId = (language: Language) => `${idPrefix}-panel-${language}`;

  function focusTab(language: Language | undefined) {
    if (language === undefined) return;
    onSelect(language);
    tabs.current.get(language)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = languages.indexOf(active);
    const forward = textDirection(uiLanguage) === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
    const count = languages.length;
    let next: Language | undefined;
    if (event.key === forward) next = languages[(index + 1) % count];
    else if (event.key === backward) next = languages[(index - 1 + count) % count];
    else if (event.key === 'Home') next = languages[0];
    else if (event.key === 'End') next = languages[count - 1];
    else return;
    event.preventDefault();
    focusTab(next);
  }

  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label}>
        {languages.map((language) => {
          const selected = language === active;
          const hasError = withErrors.includes(language);
          return (
            <button
              key={language}
              ref={(element) => {
                if (element) tabs.current.set(language, element);
                else tabs.current.delete(language);
              }}
              type="button"
              role="tab"
              id={tabId(language)}
              aria-selected={selected}
              aria-controls={panelId(language)}
              tabIndex={selected ? 0 : -1}
              className={`tabs__tab${hasError ? ' tabs__tab--error' : ''}`}
              onClick={() => onSelect(language)}
              onKeyDown={onKeyDown}
            >
              <span lang={language}>{LANGUAGE_NAMES[language]}</span>
              {language === original && <span className="tabs__badge">{t('original')}</span>}
              {hasError && (
                <span className="tabs__error">
                  <span aria-hidden="true">!</span>
                  <span className="visually-hidden">{t('contains errors')}</span>
                </span>
              )}
            </button>
          );
        })}
      </div>
      {languages.map((language) => (
        <div
          key={language}
          role="tabpanel"
          id={panelId(language)}
          aria-labelledby={tabId(language)}
          hidden={language !== active}
          className="tabs__panel"
        >
          {renderPanel(language)}
        </div>
      ))}
    </div>
  );
}
