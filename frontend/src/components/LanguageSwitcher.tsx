import { useI18n } from '../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';

/** Changes the interface language; the choice is remembered on this device. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher" className="visually-hidden">
        {t('Language')}
      </label>
      <select
        id="language-switcher"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
