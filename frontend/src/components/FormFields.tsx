import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The accessibility attributes that tie a control to its hint and its error. */
function describedControl({ id, hint, error }: FieldFrameProps) {
  const describedBy = [hint !== undefined && `${id}-hint`, error !== undefined && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    name: id,
    'aria-invalid': error !== undefined,
    'aria-describedby': describedBy || undefined,
  };
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: FieldFrameProps & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error !== undefined && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

type InputFieldProps = FieldFrameProps & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with its hint and the server's message about it. */
export function InputField({ id, label, hint, error, ...inputProps }: InputFieldProps) {
  const frame = { id, label, hint, error };
  return (
    <FieldFrame {...frame}>
      <input {...describedControl(frame)} {...inputProps} />
    </FieldFrame>
  );
}

type SelectFieldProps = FieldFrameProps & SelectHTMLAttributes<HTMLSelectElement>;

/** A labelled select with its hint and the server's message about it. */
export function SelectField({
  id,
  label,
  hint,
  error,
  children,
  ...selectProps
}: SelectFieldProps) {
  const frame = { id, label, hint, error };
  return (
    <FieldFrame {...frame}>
      <select {...describedControl(frame)} {...selectProps}>
        {children}
      </select>
    </FieldFrame>
  );
}

type TextAreaFieldProps = FieldFrameProps & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line text box with its hint and the server's message about it. */
export function TextAreaField({ id, label, hint, error, ...areaProps }: TextAreaFieldProps) {
  const frame = { id, label, hint, error };
  return (
    <FieldFrame {...frame}>
      <textarea {...describedControl(frame)} {...areaProps} />
    </FieldFrame>
  );
}

type LanguageFieldProps = FieldFrameProps & {
  value: Language;
  onChange(language: Language): void;
  /** The languages to choose from; all of the platform's unless said. */
  languages?: readonly Language[];
};

/** A labelled choice of one language, each named in itself. */
export function LanguageField({
  value,
  onChange,
  languages = LANGUAGES,
  ...frame
}: LanguageFieldProps) {
  return (
    <SelectField
      {...frame}
      value={value}
      onChange={(event) => {
        if (isLanguage(event.target.value)) onChange(event.target.value);
      }}
    >
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </SelectField>
  );
}
