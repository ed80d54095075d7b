import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGES, type Language } from '../../i18n/languages';

interface CheckboxLineProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** The words of the choice, beside the box. */
  children: ReactNode;
}

/** One yes-or-no choice of a form: a checkbox with its words on the same line. */
export function CheckboxLine({ id, checked, onChange, children }: CheckboxLineProps) {
  return (
    <label className="checkbox-line">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {children}
    </label>
  );
}

interface LanguageCheckboxesProps {
  /** What the ids start with: "spoken" for the box "spoken-fi", the hint and the message. */
  idPrefix: string;
  legend: string;
  hint?: string | undefined;
  selected: readonly Language[];
  onToggle(language: Language): void;
  error: string | undefined;
}

/** The platform's languages as a group of checkboxes, each named in the reader's language. */
export function LanguageCheckboxes({
  idPrefix,
  legend,
  hint,
  selected,
  onToggle,
  error,
}: LanguageCheckboxesProps) {
  const { format } = useI18n();
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <fieldset className="checkbox-group" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <ul className="checkbox-grid">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <input
              type="checkbox"
              id={`${idPrefix}-${language}`}
              checked={selected.includes(language)}
              onChange={() => onToggle(language)}
            />
            <label htmlFor={`${idPrefix}-${language}`}>{format.language(language)}</label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
