import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AddLanguageControl } from '../../components/AddLanguageControl';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/FormFields';
import { LanguageTabs } from '../../components/LanguageTabs';
import { Page } from '../../components/Page';
import { SdgCheckboxes } from '../../components/SdgCheckboxes';
import { toggled } from '../../components/selection';
import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { useI18n } from '../../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, type Language } from '../../i18n/languages';
import type { TextDraft } from './contentKind';
import { MergeView, type MergeLabels } from './MergeView';
import { EDITOR_ALERT_ID, type VersionedEditor } from './useVersionedEditor';

interface EditorFrameProps {
  editor: VersionedEditor;
  title: string;
  merge: MergeLabels;
  /** The form's own class, for the kind's layout: "initiative-form". */
  className: string;
  children: ReactNode;
}

/**
 * The page every editor has: the notice of a restored draft, the merge after
 * a stale save (in place of the form), and the form with its alert on top.
 */
export function EditorFrame({ editor, title, merge, className, children }: EditorFrameProps) {
  const { t } = useI18n();
  return (
    <Page title={title}>
      {editor.restored && (
        <div className="notice" role="status">
          <p>{t('Your unsaved changes from earlier were restored.')}</p>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={editor.discardDraft}
          >
            {t('Discard them')}
          </button>
        </div>
      )}
      {editor.conflict !== null && (
        <MergeView
          {...merge}
          conflict={editor.conflict}
          saving={editor.saving}
          onChoose={editor.choose}
          onSave={editor.saveMerged}
        />
      )}
      <form
        className={`form form--wide ${className}`}
        onSubmit={editor.submit}
        noValidate
        hidden={editor.conflict !== null}
      >
        <div id={EDITOR_ALERT_ID}>
          <FormAlert messages={editor.alerts} />
        </div>
        {children}
      </form>
    </Page>
  );
}

/** The language the content was first written in, among the languages with a tab. */
export function OriginalLanguageField({ editor, hint }: { editor: VersionedEditor; hint: string }) {
  const { t } = useI18n();
  return (
    <SelectField
      id="original_language"
      label={t('Original language')}
      hint={hint}
      value={editor.draft.original_language}
      onChange={(event) => {
        if (isLanguage(event.target.value))
          editor.change({ original_language: event.target.value });
      }}
      error={editor.errors.original_language}
    >
      {editor.draft.languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </SelectField>
  );
}

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

interface Tagged extends TextDraft {
  sdgs: number[];
  themes: string[];
}

/** The goals and themes every kind is tagged with. */
export function GoalsAndThemes({ editor }: { editor: VersionedEditor }) {
  const { t } = useI18n();
  const draft = editor.draft as Tagged;
  return (
    <fieldset className="form-section">
      <legend>{t('Goals and themes')}</legend>
      <SdgCheckboxes
        id="sdg"
        legend={t('Sustainable Development Goals')}
        selected={draft.sdgs}
        onToggle={(sdg) => editor.change({ sdgs: toggled(draft.sdgs, sdg) } as Partial<Tagged>)}
        error={editor.errors.sdgs}
      />
      <ThemeCheckboxes
        selected={draft.themes}
        onToggle={(key) => editor.change({ themes: toggled(draft.themes, key) } as Partial<Tagged>)}
        error={editor.errors.themes}
      />
    </fieldset>
  );
}

interface EditorActionsProps {
  editor: VersionedEditor;
  /** The submit button's words when not saving. */
  submitLabel: string;
  cancelTo: string;
}

export function EditorActions({ editor, submitLabel, cancelTo }: EditorActionsProps) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="button" disabled={editor.saving}>
        {editor.saving ? t('Saving…') : submitLabel}
      </button>
      <Link to={cancelTo}>{t('Cancel')}</Link>
    </div>
  );
}
