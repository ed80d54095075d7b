import { useI18n } from '../i18n/I18nProvider';
import { useThemes } from '../api/taxonomy';

/** The themes as a group of checkboxes, with the API's message for the field. */
export function ThemeCheckboxes({
  selected,
  onToggle,
  error,
}: {
  selected: readonly string[];
  onToggle: (key: string) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const themes = useThemes();
  return (
    <fieldset className="checkbox-group" aria-describedby={error ? 'themes-error' : undefined}>
      <legend>{t('Themes')}</legend>
      <ul className="checkbox-grid">
        {(themes.data ?? []).map((theme) => (
          <li key={theme.key}>
            <input
              type="checkbox"
              id={`theme-${theme.key}`}
              checked={selected.includes(theme.key)}
              onChange={() => onToggle(theme.key)}
            />
            <label htmlFor={`theme-${theme.key}`}>{theme.label}</label>
          </li>
        ))}
      </ul>
      {error && (
        <p id="themes-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
