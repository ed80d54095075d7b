import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCityName, type City } from '../../api/cities';
import { FormAlert } from '../../components/FormAlert';
import { LanguageField, SelectField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { SdgCheckboxes } from '../../components/SdgCheckboxes';
import { toggled } from '../../components/selection';
import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import type { TextDraft } from './contentKind';
import { placeOf, type EditorPlaces } from './editorPlaces';
import { MergeView, type MergeLabels } from './MergeView';
import { SubmitButton } from './SubmitButton';
import { EDITOR_ALERT_ID, type VersionedEditor } from './useVersionedEditor';

interface Titled {
  title: string;
  original_language: string;
  translations: Readonly<Record<string, { title: string } | undefined>>;
}

/** The editor's heading: the new content's, or "Edit “…”" with the title in its original language. */
function useEditorTitle(item: Titled | null, newTitle: string): string {
  const { t } = useI18n();
  if (item === null) return newTitle;
  return t('Edit “{title}”', {
    title: isolate(item.translations[item.original_language]?.title ?? item.title),
  });
}

interface EditorActionsProps {
  editor: VersionedEditor;
  /** The submit button's words when not saving. */
  submitLabel: string;
  cancelTo: string;
}

function EditorActions({ editor, submitLabel, cancelTo }: EditorActionsProps) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <SubmitButton label={submitLabel} pending={editor.saving} />
      <Link to={cancelTo}>{t('Cancel')}</Link>
    </div>
  );
}

interface EditorFrameProps {
  editor: VersionedEditor;
  /** The content edited, null for new content: the heading names it and Cancel leads back to it. */
  existing: (Titled & { id: number }) | null;
  /** The heading and the submit button's words for new content. */
  create: { title: string; submit: string };
  places: EditorPlaces;
  merge: MergeLabels;
  /** The form's own class, for the kind's layout: "initiative-form". */
  className: string;
  children: ReactNode;
}

/**
 * The page every editor has: the notice of a restored draft, the merge after
 * a stale save (in place of the form), and the form with its alert on top and
 * its save bar at the bottom.
 */
export function EditorFrame({
  editor,
  existing,
  create,
  places,
  merge,
  className,
  children,
}: EditorFrameProps) {
  const { t } = useI18n();
  const title = useEditorTitle(existing, create.title);
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
        <EditorActions
          editor={editor}
          submitLabel={existing === null ? create.submit : t('Save changes')}
          cancelTo={placeOf(places, existing?.id)}
        />
      </form>
    </Page>
  );
}

interface CityFieldProps {
  id: string;
  label: string;
  /** The cities the user may write for; a choice only for new content. */
  cities: readonly City[];
  /** The city of content that exists: shown, not chosen. */
  fixed: string | null;
  value: string;
  error: string | undefined;
  onSelect(city: City): void;
}

/** Which city the content belongs to: chosen for new content, shown for existing content. */
export function CityField({ id, label, cities, fixed, value, error, onSelect }: CityFieldProps) {
  const cityName = useCityName();
  if (fixed !== null) {
    return (
      <div className="field">
        <span className="field__label">{label}</span>
        <span>{cityName(fixed)}</span>
      </div>
    );
  }
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={(event) => {
        const city = cities.find((item) => item.slug === event.target.value);
        if (city) onSelect(city);
      }}
      error={error}
    >
      {cities.map((city) => (
        <option key={city.slug} value={city.slug}>
          {city.name}
        </option>
      ))}
    </SelectField>
  );
}

/** The language the content was first written in, among the languages with a tab. */
export function OriginalLanguageField({ editor, hint }: { editor: VersionedEditor; hint: string }) {
  const { t } = useI18n();
  return (
    <LanguageField
      id="original_language"
      label={t('Original language')}
      hint={hint}
      value={editor.draft.original_language}
      onChange={(original_language) => editor.change({ original_language })}
      languages={editor.draft.languages}
      error={editor.errors.original_language}
    />
  );
}

interface BasicsSectionProps {
  editor: VersionedEditor;
  /** The cities new content may be written for. */
  cities: readonly City[];
  /** The content edited, whose city is shown rather than chosen; null for new content. */
  existing: object | null;
  /** The form's field of the city: "city" unless said ("host_city"). */
  cityField?: string;
  cityLabel?: string;
  /** What choosing another city empties in the form: links to the other city's items. */
  clearedWithCity?: Readonly<Record<string, unknown>>;
  /** Says what the original language is of this kind. */
  languageHint: string;
  /** The kind's own basics. */
  children?: ReactNode;
}

/** The first section: the content's city and original language, then the kind's own basics. */
export function BasicsSection({
  editor,
  cities,
  existing,
  cityField = 'city',
  cityLabel,
  clearedWithCity,
  languageHint,
  children,
}: BasicsSectionProps) {
  const { t } = useI18n();
  const cityOf = (from: object) => String((from as Record<string, unknown>)[cityField]);
  return (
    <fieldset className="form-section">
      <legend>{t('Basics')}</legend>
      <div className="field-row">
        <CityField
          id={cityField}
          label={cityLabel ?? t('City')}
          cities={cities}
          fixed={existing === null ? null : cityOf(existing)}
          value={cityOf(editor.draft)}
          error={editor.errors[cityField]}
          onSelect={(city) =>
            editor.change({ [cityField]: city.slug, ...clearedWithCity } as Partial<TextDraft>)
          }
        />
        <OriginalLanguageField editor={editor} hint={languageHint} />
      </div>
      {children}
    </fieldset>
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
