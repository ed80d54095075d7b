import { lazy, Suspense } from 'react';
import { useCityName, type City } from '../../api/cities';
import { TextAreaField } from '../../components/FormFields';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { textDirection, type Language } from '../../i18n/languages';
import { DraftInputField, TitleField } from '../content/DraftFields';
import { EditorRoute } from '../content/EditorRoute';
import { BasicsSection, EditorFrame, GoalsAndThemes } from '../content/EditorParts';
import { useOpenSaved, type EditorPlaces } from '../content/editorPlaces';
import { TextsSection } from '../content/TextsSection';
import { LinkedInitiatives } from '../content/LinkChoices';
import { useVersionedEditor, type VersionedEditor } from '../content/useVersionedEditor';
import { fieldLabel, textFieldLabel } from './labels';
import { emptyDraft, practiceKind, type PracticeDraft } from './practiceKind';
import { useLinkableInitiatives } from '../content/linkableInitiatives';
import { usePractice, usePracticeEndpoints } from './queries';
import { LONG_FIELDS, TEXT_FIELDS, type LongField, type Practice } from './types';
import './practices.css';

// markdown-it and DOMPurify are loaded with the editor only.
const MarkdownPreview = lazy(() => import('./MarkdownPreview'));

type Editor = VersionedEditor<PracticeDraft>;

const PLACES: EditorPlaces = { list: '/practices', item: (id) => `/practices/${id}` };

function fieldHint(field: LongField, { t }: Pick<I18n, 't'>): string {
  switch (field) {
    case 'problem':
      return t('What was wrong, and for whom?');
    case 'solution':
      return t('What the city did, step by step.');
    case 'results':
      return t('What changed, with numbers where you have them.');
    case 'lessons':
      return t('What mattered most, and what you would do differently.');
    case 'transferability':
      return t('What another city needs to copy it: budget range, time, partners, conditions.');
  }
}

interface MarkdownFieldProps {
  id: string;
  label: string;
  hint: string;
  language: Language;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}

/** A Markdown text box with, beside it, the text as it will be published. */
function MarkdownField({ id, label, hint, language, value, error, onChange }: MarkdownFieldProps) {
  const { t } = useI18n();
  const dir = textDirection(language);
  return (
    <div className="md-field">
      <TextAreaField
        id={id}
        label={label}
        hint={hint}
        lang={language}
        dir={dir}
        rows={8}
        maxLength={20000}
        value={value}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="md-preview">
        <p className="md-preview__label">{t('Preview: {field}', { field: label })}</p>
        <Suspense fallback={<p className="md-preview__empty">{t('Loading…')}</p>}>
          <MarkdownPreview
            id={`${id}-preview`}
            markdown={value}
            lang={language}
            dir={dir}
            emptyText={t('Nothing written yet.')}
          />
        </Suspense>
      </div>
    </div>
  );
}

function MarkdownHelp() {
  const { t } = useI18n();
  return (
    <div className="md-help">
      <p>{t('Write with Markdown:')}</p>
      <ul className="md-help__syntax">
        {[
          ['**…**', t('bold')],
          ['*…*', t('italic')],
          ['- …', t('a list item')],
          ['1. …', t('a numbered list item')],
          ['[…](https://…)', t('a link')],
        ].map(([syntax, meaning]) => (
          <li key={syntax}>
            <code dir="ltr">{syntax}</code> {meaning}
          </li>
        ))}
      </ul>
      <p>
        {t(
          'HTML is removed and only http, https and mailto links are kept. The preview follows the same rules; once saved, the page shows the text exactly as the server publishes it.',
        )}
      </p>
    </div>
  );
}

function PracticeTexts({ editor }: { editor: Editor }) {
  const i18n = useI18n();
  return (
    <TextsSection
      editor={editor}
      intro={<MarkdownHelp />}
      renderFields={(language) => (
        <>
          <TitleField editor={editor} language={language} maxLength={200} />
          {LONG_FIELDS.map((field) => (
            <MarkdownField
              key={field}
              id={`text-${language}-${field}`}
              label={textFieldLabel(field, i18n)}
              hint={fieldHint(field, i18n)}
              language={language}
              value={editor.draft.translations[language]?.[field] ?? ''}
              error={editor.errors[`translations.${language}.${field}`]}
              onChange={(value) => editor.changeText(language, field, value)}
            />
          ))}
        </>
      )}
    />
  );
}

function LinksSection({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const cityName = useCityName();
  return (
    <fieldset className="form-section">
      <legend>{t('Linked initiatives and contact')}</legend>
      <LinkedInitiatives
        editor={editor}
        hint={t('Initiatives of {city} on the map that put this practice to work.', {
          city: cityName(editor.draft.city),
        })}
        listClassName="checkbox-grid practice-form__initiatives"
      />
      <DraftInputField
        editor={editor}
        field="contact"
        label={t('Contact')}
        hint={t('An office, a person or an e-mail address that other cities can contact.')}
        dir="auto"
        maxLength={500}
      />
    </fieldset>
  );
}

function PracticeEditor({ practice, cities }: { practice: Practice | null; cities: City[] }) {
  const i18n = useI18n();
  const { t, format, language } = i18n;
  const endpoints = usePracticeEndpoints();
  const editor = useVersionedEditor(practiceKind, {
    item: practice,
    newDraft: () => emptyDraft({ city: cities[0]?.slug ?? '' }, language),
    endpoints,
    onSaved: useOpenSaved(PLACES),
  });
  const linkable = useLinkableInitiatives(editor.draft.city);
  const initiativeTitles = new Map(
    [
      ...(practice?.initiatives ?? []),
      ...(linkable.data?.items ?? []).map((item) => ({ id: item.id, title: item.title })),
    ].map((item) => [item.id, item.title]),
  );
  const merge = {
    title: t('Someone else changed this practice while you were editing'),
    textFields: TEXT_FIELDS,
    fieldLabel,
    textFieldLabel,
    textClassName: 'merge__text--markdown',
    renderValue: (key: string, value: unknown) =>
      key === 'initiative_ids' ? (
        <ul className="plain-list">
          {(value as number[]).map((id) => (
            <li key={id}>
              <bdi>{initiativeTitles.get(id) ?? `#${format.number(id)}`}</bdi>
            </li>
          ))}
        </ul>
      ) : undefined,
  };

  return (
    <EditorFrame
      editor={editor}
      existing={practice}
      create={{ title: t('Share a practice'), submit: t('Publish practice') }}
      places={PLACES}
      merge={merge}
      className="practice-form"
    >
      <BasicsSection
        editor={editor}
        cities={cities}
        existing={practice}
        clearedWithCity={{ initiative_ids: [] }}
        languageHint={t('The language the practice was first written in.')}
      />
      <PracticeTexts editor={editor} />
      <GoalsAndThemes editor={editor} />
      <LinksSection editor={editor} />
    </EditorFrame>
  );
}

export function PracticeFormPage() {
  const { t } = useI18n();
  return (
    <EditorRoute
      useItem={usePractice}
      role="delegate"
      cityOf={(practice) => practice.city}
      titles={{ create: t('Share a practice'), edit: t('Edit practice') }}
      loginLead={t('Log in as a delegate of your city to share its practices.')}
      forbiddenLead={t(
        'Only the delegates of a city and platform administrators can share and edit its practices.',
      )}
      render={(practice, cities) => <PracticeEditor practice={practice} cities={cities} />}
    />
  );
}
