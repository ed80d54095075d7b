import { useState } from 'react';

import { useI18n } from '../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';
import { SelectField } from './FormFields';

/** Adds a language tab to an editor; shows nothing once every language is present. */
export function AddLanguageControl({
  present,
  onAdd,
}: {
  present: readonly Language[];
  onAdd: (language: Language) => void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Language | ''>('');
  const remaining = LANGUAGES.filter((language) => !present.includes(language));
  if (remaining.length === 0) return null;
  return (
    <div className="add-language">
      <SelectField
        id="add-language"
        label={t('Add a language')}
        value={chosen}
        onChange={(event) => setChosen(isLanguage(event.target.value) ? event.target.value : '')}
      >
        <option value="">{t('Choose a language')}</option>
        {remaining.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </SelectField>
      <button
        type="button"
        className="button button--secondary"
        disabled={chosen === ''}
        onClick={() => {
          if (chosen === '') return;
          onAdd(chosen);
          setChosen('');
        }}
      >
        {t('Add language')}
      </button>
    </div>
  );
}
