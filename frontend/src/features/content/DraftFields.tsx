import type { ChangeEvent, InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { InputField, TextAreaField } from '../../components/FormFields';
import { useI18n } from '../../i18n/I18nProvider';
import { textDirection, type Language } from '../../i18n/languages';
import type { TextDraft } from './contentKind';
import type { VersionedEditor } from './useVersionedEditor';

/** The form's fields that hold text as typed. */
type TextFieldOf<Draft> = {
  [K in keyof Draft]: Draft[K] extends string ? K : never;
}[keyof Draft] &
  string;

interface BoundProps<Draft extends TextDraft> {
  editor: VersionedEditor<Draft>;
  /** The form's field, also the input's id and the name the API's messages use. */
  field: TextFieldOf<Draft>;
  label: string;
  hint?: string | undefined;
  /** The input's id and the message's name where they are not the field's ("location-lat"). */
  id?: string;
  errorKey?: string;
}

type Bound = 'id' | 'value' | 'onChange' | 'error';

/** What binds an input to the form's field. */
function binding<Draft extends TextDraft>({
  editor,
  field,
  id = field,
  errorKey = field,
}: Pick<BoundProps<Draft>, 'editor' | 'field' | 'id' | 'errorKey'>) {
  return {
    id,
    value: editor.draft[field] as string,
    error: editor.errors[errorKey],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      editor.change({ [field]: event.target.value } as Partial<Draft>),
  };
}

/** An input bound to one of the form's fields: its value, its changes and its message. */
export function DraftInputField<Draft extends TextDraft>({
  editor,
  field,
  id,
  errorKey,
  ...inputProps
}: BoundProps<Draft> & Omit<InputHTMLAttributes<HTMLInputElement>, Bound>) {
  return <InputField {...inputProps} {...binding({ editor, field, id, errorKey })} />;
}

/** A web address bound to one of the form's fields: the keyboard for addresses, left to right in every language. */
export function DraftUrlField<Draft extends TextDraft>(props: BoundProps<Draft>) {
  return <DraftInputField {...props} type="url" inputMode="url" dir="ltr" />;
}

/** A text box bound to one of the form's fields: its value, its changes and its message. */
export function DraftTextAreaField<Draft extends TextDraft>({
  editor,
  field,
  id,
  errorKey,
  ...areaProps
}: BoundProps<Draft> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Bound>) {
  return <TextAreaField {...areaProps} {...binding({ editor, field, id, errorKey })} />;
}

interface TranslatedProps {
  editor: VersionedEditor;
  language: Language;
  maxLength?: number | undefined;
}

/** What binds an input to one text of one language tab, in the tab's language and direction. */
function translated({ editor, language }: TranslatedProps, field: string) {
  return {
    id: `text-${language}-${field}`,
    lang: language,
    dir: textDirection(language),
    value: editor.draft.translations[language]?.[field] ?? '',
    error: editor.errors[`translations.${language}.${field}`],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      editor.changeText(language, field, event.target.value),
  };
}

/** The title of one language tab, which every kind has and requires. */
export function TitleField(props: TranslatedProps) {
  const { t } = useI18n();
  return (
    <InputField
      label={t('Title')}
      hint={t('3 to 200 characters.')}
      required
      maxLength={props.maxLength}
      {...translated(props, 'title')}
    />
  );
}

/** A text of the kind after the title, written in a text box: a summary, a description. */
export interface LongText {
  field: string;
  label: string;
  hint?: string | undefined;
  rows: number;
  maxLength?: number | undefined;
}

/** One of the longer texts of one language tab. */
export function TranslatedTextArea({
  field,
  label,
  hint,
  rows,
  ...props
}: TranslatedProps & LongText) {
  return (
    <TextAreaField
      label={label}
      hint={hint}
      rows={rows}
      maxLength={props.maxLength}
      {...translated(props, field)}
    />
  );
}
