import type { ReactNode } from 'react';
import { AddLanguageControl } from '../../components/AddLanguageControl';
import { LanguageTabs } from '../../components/LanguageTabs';
import { useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import type { TextDraft } from './contentKind';
import { TitleField, TranslatedTextArea, type LongText } from './DraftFields';
import type { VersionedEditor } from './useVersionedEditor';

interface TextTabsProps {
  editor: VersionedEditor;
  idPrefix: string;
  /** The kind's text fields of one language. */
  renderFields(language: Language, draft: TextDraft): ReactNode;
}

/** One tab per language with the kind's texts, a way to remove a translation and to add one. */
export function TextTabs({ editor, idPrefix, renderFields }: TextTabsProps) {
  const { t, format } = useI18n();
  const { draft } = editor;
  return (
    <>
      <LanguageTabs
        idPrefix={idPrefix}
        label={t('Languages of the texts')}
        languages={draft.languages}
        active={editor.activeTab}
        original={draft.original_language}
        withErrors={editor.errorTabs}
        onSelect={editor.selectTab}
        renderPanel={(language) => (
          <div className="text-panel">
            {editor.errors[`translations.${language}`] && (
              <p className="field__error" role="alert">
                {editor.errors[`translations.${language}`]}
              </p>
            )}
            {renderFields(language, draft)}
            {language !== draft.original_language && (
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => editor.removeLanguage(language)}
              >
                {t('Remove the texts in {language}', {
                  language: format.languageInSentence(language),
                })}
              </button>
            )}
          </div>
        )}
      />
      <AddLanguageControl present={draft.languages} onAdd={editor.addLanguage} />
    </>
  );
}

interface TextsSectionProps {
  editor: VersionedEditor;
  /** What the tabs' ids start with; "texts" unless said. */
  idPrefix?: string;
  /** What the section says before the tabs: a hint, how to write. */
  intro?: ReactNode;
  /** The title's most characters, where the input limits them. */
  titleMaxLength?: number;
  /** The kind's texts after the title, each a text box. */
  texts?: readonly LongText[];
  /** The kind's texts of one language, where they are not a title and text boxes. */
  renderFields?: TextTabsProps['renderFields'];
}

/** The section of the texts: one tab per language, with the title and the kind's other texts. */
export function TextsSection({
  editor,
  idPrefix = 'texts',
  intro,
  titleMaxLength,
  texts = [],
  renderFields,
}: TextsSectionProps) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section">
      <legend>{t('Texts')}</legend>
      {intro}
      <TextTabs
        editor={editor}
        idPrefix={idPrefix}
        renderFields={
          renderFields ??
          ((language) => (
            <>
              <TitleField editor={editor} language={language} maxLength={titleMaxLength} />
              {texts.map((text) => (
                <TranslatedTextArea
                  key={text.field}
                  editor={editor}
                  language={language}
                  {...text}
                />
              ))}
            </>
          ))
        }
      />
    </fieldset>
  );
}
