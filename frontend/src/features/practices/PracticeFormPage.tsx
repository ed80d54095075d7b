import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormAlert } from '../../components/FormAlert';
import { InputField, SelectField, TextAreaField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isolate } from '../../i18n/bidi';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, textDirection, type Language } from '../../i18n/languages';
import { useCurrentUser } from '../accounts/queries';
import { useCities } from '../cities/queries';
import { useCityName } from '../initiatives/InitiativeCard';
import { LanguageTabs } from '../initiatives/LanguageTabs';
import { publishingCities } from '../initiatives/permissions';
import { useInitiativeList } from '../initiatives/queries';
import { SdgCheckboxes } from '../initiatives/SdgCheckboxes';
import { toggled } from '../map/filters';
import { clearDraft, draftKey, loadDraft, saveDraft, type StoredDraft } from './draftStorage';
import {
  createPayload,
  draftFromState,
  EMPTY_TEXT,
  emptyDraft,
  stateFromDraft,
  stateOf,
  updatePayload,
  type EditableState,
  type PracticeDraft,
} from './editableState';
import { textFieldLabel } from './labels';
import { changesSince, defaultChoices, mergeStates, type Choice, type FieldChange } from './merge';
import { PracticeMergeView } from './PracticeMergeView';
import { placeFieldErrors } from './problemFields';
import { useCreatePractice, useFreshReads, usePractice, useUpdatePractice } from './queries';
import {
  LONG_FIELDS,
  type LongField,
  type Practice,
  type PracticeCreate,
  type PracticeUpdate,
} from './types';
import './practices.css';
import { AddLanguageControl } from '../../components/AddLanguageControl';
import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';

// markdown-it and DOMPurify are loaded with the editor only.
const MarkdownPreview = lazy(() => import('./MarkdownPreview'));

interface Conflict {
  current: Practice;
  theirs: EditableState;
  mine: EditableState;
  changes: FieldChange[];
  choices: Record<string, Choice>;
  savedBy: string | null;
}

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

interface EditorProps {
  /** The practice edited; null when sharing a new one. */
  practice: Practice | null;
  cities: string[];
}

function PracticeEditor({ practice, cities }: EditorProps) {
  const i18n = useI18n();
  const { t, format, language: uiLanguage } = i18n;
  const navigate = useNavigate();
  const cityName = useCityName();
  const freshReads = useFreshReads();
  const create = useCreatePractice();
  const update = useUpdatePractice();
  const storageKey = draftKey(practice?.id ?? null);

  const [stored] = useState(() => loadDraft(storageKey));
  const initialSession = (): StoredDraft => {
    if (practice !== null) {
      const base = stateOf(practice);
      return { draft: draftFromState(base, practice.city), base, baseVersion: practice.version };
    }
    return { draft: emptyDraft(cities[0] ?? '', uiLanguage), base: null, baseVersion: null };
  };
  const [session, setSession] = useState<StoredDraft>(() => stored ?? initialSession());
  const [restored, setRestored] = useState(stored !== null);
  const [touched, setTouched] = useState(false);
  const [activeTab, setActiveTab] = useState<Language>(session.draft.languages[0] ?? uiLanguage);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const { draft } = session;
  const initiatives = useInitiativeList(
    { city: [draft.city], sdg: [], theme: [], status: [] },
    1,
    100,
  );
  const initiativeTitles = new Map(
    [
      ...(practice?.initiatives ?? []),
      ...(initiatives.data?.items ?? []).map((item) => ({ id: item.id, title: item.title })),
    ].map((item) => [item.id, item.title]),
  );
  const initiativeTitle = (id: number) => initiativeTitles.get(id) ?? `#${format.number(id)}`;

  useEffect(() => {
    if (touched) saveDraft(storageKey, session);
  }, [touched, storageKey, session]);

  useEffect(() => {
    if (conflict !== null) document.getElementById('merge')?.focus();
  }, [conflict]);

  const errors = placeFieldErrors(submitError, draft.languages, i18n);
  const saving = create.isPending || update.isPending;

  function change(patch: Partial<PracticeDraft>) {
    setTouched(true);
    setSession((previous) => ({ ...previous, draft: { ...previous.draft, ...patch } }));
  }

  function changeText(language: Language, field: keyof typeof EMPTY_TEXT, value: string) {
    setTouched(true);
    setSession((previous) => {
      const block = previous.draft.translations[language] ?? EMPTY_TEXT;
      return {
        ...previous,
        draft: {
          ...previous.draft,
          translations: {
            ...previous.draft.translations,
            [language]: { ...block, [field]: value },
          },
        },
      };
    });
  }

  function addTab(language: Language) {
    change({
      languages: [...draft.languages, language],
      translations: {
        ...draft.translations,
        [language]: draft.translations[language] ?? { ...EMPTY_TEXT },
      },
    });
    setActiveTab(language);
  }

  function removeTab(language: Language) {
    const languages = draft.languages.filter((item) => item !== language);
    const translations = { ...draft.translations };
    delete translations[language];
    change({ languages, translations });
    setActiveTab(languages[0] ?? draft.original_language);
  }

  function discardDraft() {
    clearDraft(storageKey);
    setRestored(false);
    setTouched(false);
    const fresh = initialSession();
    setSession(fresh);
    setActiveTab(fresh.draft.languages[0] ?? uiLanguage);
  }

  function saved(id: number) {
    clearDraft(storageKey);
    navigate(`/practices/${id}`);
  }

  function showErrors(error: unknown) {
    setSubmitError(error);
    const placed = placeFieldErrors(error, draft.languages, i18n);
    const firstTab = placed.tabs[0];
    if (firstTab !== undefined && !placed.tabs.includes(activeTab)) setActiveTab(firstTab);
    alertRef.current?.scrollIntoView({ block: 'center' });
  }

  async function resolveStale(id: number, base: EditableState, mine: EditableState) {
    try {
      const current = await freshReads.current(id);
      const theirs = stateOf(current);
      const changes = changesSince(base, theirs, mine);
      let savedBy: string | null = null;
      try {
        const revisions = await freshReads.revisions(id);
        savedBy = revisions[0]?.changed_by?.display_name ?? null;
      } catch {
        // Who saved it is a courtesy; the merge works without it.
      }
      setSubmitError(null);
      setConflict({ current, theirs, mine, changes, choices: defaultChoices(changes), savedBy });
    } catch (error) {
      showErrors(error);
    }
  }

  function submitUpdate(id: number, base: EditableState, version: number, next: EditableState) {
    const body = updatePayload(base, next) as PracticeUpdate;
    if (Object.keys(body).length === 0) {
      saved(id);
      return;
    }
    update.mutate(
      { id, version, body },
      {
        onSuccess: (result) => saved(result.id),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) void resolveStale(id, base, next);
          else showErrors(error);
        },
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitError(null);
    if (practice === null) {
      create.mutate(createPayload(draft) as PracticeCreate, {
        onSuccess: (result) => saved(result.id),
        onError: showErrors,
      });
      return;
    }
    submitUpdate(
      practice.id,
      session.base ?? stateOf(practice),
      session.baseVersion ?? practice.version,
      stateFromDraft(draft),
    );
  }

  function saveMerged() {
    if (conflict === null || practice === null) return;
    const merged = mergeStates(conflict.theirs, conflict.mine, conflict.changes, conflict.choices);
    const present = Object.keys(merged.translations).filter(isLanguage);
    const next: StoredDraft = {
      draft: {
        ...draftFromState(merged, draft.city),
        languages: [
          ...draft.languages.filter((language) => present.includes(language)),
          ...present.filter((language) => !draft.languages.includes(language)),
        ],
      },
      base: conflict.theirs,
      baseVersion: conflict.current.version,
    };
    setSession(next);
    saveDraft(storageKey, next);
    setConflict(null);
    submitUpdate(practice.id, conflict.theirs, conflict.current.version, merged);
  }

  const title =
    practice === null
      ? t('Share a practice')
      : t('Edit “{title}”', {
          title: isolate(
            practice.translations[practice.original_language]?.title ?? practice.title,
          ),
        });
  const cityInitiatives = initiatives.data?.items ?? [];

  return (
    <Page title={title}>
      {restored && (
        <div className="notice" role="status">
          <p>{t('Your unsaved changes from earlier were restored.')}</p>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={discardDraft}
          >
            {t('Discard them')}
          </button>
        </div>
      )}
      {conflict !== null && (
        <PracticeMergeView
          changes={conflict.changes}
          choices={conflict.choices}
          savedBy={conflict.savedBy}
          savedAt={conflict.current.updated_at}
          saving={saving}
          initiativeTitle={initiativeTitle}
          onChoose={(key, choice) =>
            setConflict(
              (previous) =>
                previous && { ...previous, choices: { ...previous.choices, [key]: choice } },
            )
          }
          onSave={saveMerged}
        />
      )}
      <form
        className="form form--wide practice-form"
        onSubmit={submit}
        noValidate
        hidden={conflict !== null}
      >
        <div ref={alertRef}>
          <FormAlert messages={errors.alerts} />
        </div>

        <fieldset className="form-section">
          <legend>{t('Basics')}</legend>
          <div className="field-row">
            {practice === null ? (
              <SelectField
                id="city"
                label={t('City')}
                value={draft.city}
                onChange={(event) => change({ city: event.target.value, initiative_ids: [] })}
                error={errors.fields.city}
              >
                {cities.map((slug) => (
                  <option key={slug} value={slug}>
                    {cityName(slug)}
                  </option>
                ))}
              </SelectField>
            ) : (
              <div className="field">
                <span className="field__label">{t('City')}</span>
                <span>{cityName(practice.city)}</span>
              </div>
            )}
            <SelectField
              id="original_language"
              label={t('Original language')}
              hint={t('The language the practice was first written in.')}
              value={draft.original_language}
              onChange={(event) => {
                if (isLanguage(event.target.value))
                  change({ original_language: event.target.value });
              }}
              error={errors.fields.original_language}
            >
              {draft.languages.map((language) => (
                <option key={language} value={language} lang={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('Texts')}</legend>
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
          <LanguageTabs
            idPrefix="texts"
            label={t('Languages of the texts')}
            languages={draft.languages}
            active={
              draft.languages.includes(activeTab) ? activeTab : (draft.languages[0] ?? uiLanguage)
            }
            original={draft.original_language}
            withErrors={errors.tabs}
            onSelect={setActiveTab}
            renderPanel={(language) => (
              <div className="text-panel">
                {errors.fields[`translations.${language}`] && (
                  <p className="field__error" role="alert">
                    {errors.fields[`translations.${language}`]}
                  </p>
                )}
                <InputField
                  id={`text-${language}-title`}
                  label={textFieldLabel('title', i18n)}
                  hint={t('3 to 200 characters.')}
                  lang={language}
                  dir={textDirection(language)}
                  required
                  maxLength={200}
                  value={draft.translations[language]?.title ?? ''}
                  error={errors.fields[`translations.${language}.title`]}
                  onChange={(event) => changeText(language, 'title', event.target.value)}
                />
                {LONG_FIELDS.map((field) => (
                  <MarkdownField
                    key={field}
                    id={`text-${language}-${field}`}
                    label={textFieldLabel(field, i18n)}
                    hint={fieldHint(field, i18n)}
                    language={language}
                    value={draft.translations[language]?.[field] ?? ''}
                    error={errors.fields[`translations.${language}.${field}`]}
                    onChange={(value) => changeText(language, field, value)}
                  />
                ))}
                {language !== draft.original_language && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => removeTab(language)}
                  >
                    {t('Remove the texts in {language}', {
                      language: format.languageInSentence(language),
                    })}
                  </button>
                )}
              </div>
            )}
          />
          <AddLanguageControl present={draft.languages} onAdd={addTab} />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('Goals and themes')}</legend>
          <SdgCheckboxes
            id="sdg"
            legend={t('Sustainable Development Goals')}
            selected={draft.sdgs}
            onToggle={(sdg) => change({ sdgs: toggled(draft.sdgs, sdg) })}
            error={errors.fields.sdgs}
          />
          <ThemeCheckboxes
            selected={draft.themes}
            onToggle={(key) => change({ themes: toggled(draft.themes, key) })}
            error={errors.fields.themes}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('Linked initiatives and contact')}</legend>
          <fieldset
            className="checkbox-group"
            aria-describedby={
              errors.fields.initiative_ids ? 'initiative_ids-error' : 'initiative_ids-hint'
            }
          >
            <legend>{t('Linked initiatives')}</legend>
            <p id="initiative_ids-hint" className="field__hint">
              {t('Initiatives of {city} on the map that put this practice to work.', {
                city: cityName(draft.city),
              })}
            </p>
            {initiatives.isPending ? (
              <Loading />
            ) : cityInitiatives.length === 0 ? (
              <p>{t('This city has no initiatives on the map yet.')}</p>
            ) : (
              <ul className="checkbox-grid practice-form__initiatives">
                {cityInitiatives.map((initiative) => (
                  <li key={initiative.id}>
                    <input
                      type="checkbox"
                      id={`initiative-${initiative.id}`}
                      checked={draft.initiative_ids.includes(initiative.id)}
                      onChange={() =>
                        change({ initiative_ids: toggled(draft.initiative_ids, initiative.id) })
                      }
                    />
                    <label
                      htmlFor={`initiative-${initiative.id}`}
                      lang={initiative.language}
                      dir="auto"
                    >
                      {initiative.title}
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {errors.fields.initiative_ids && (
              <p id="initiative_ids-error" className="field__error">
                {errors.fields.initiative_ids}
              </p>
            )}
          </fieldset>
          <InputField
            id="contact"
            label={t('Contact')}
            hint={t('An office, a person or an e-mail address that other cities can contact.')}
            dir="auto"
            maxLength={500}
            value={draft.contact}
            onChange={(event) => change({ contact: event.target.value })}
            error={errors.fields.contact}
          />
        </fieldset>

        <div className="actions">
          <button type="submit" className="button" disabled={saving}>
            {saving ? t('Saving…') : practice === null ? t('Publish practice') : t('Save changes')}
          </button>
          <Link to={practice === null ? '/practices' : `/practices/${practice.id}`}>
            {t('Cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}

export function PracticeFormPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const practiceId = id === undefined ? null : Number(id);
  const user = useCurrentUser();
  const cities = useCities();
  const practice = usePractice(practiceId ?? 0);

  if (user.isPending || cities.isPending || (practiceId !== null && practice.isPending)) {
    return <Loading />;
  }
  const pageTitle = practiceId === null ? t('Share a practice') : t('Edit practice');
  if (!user.data) {
    return (
      <Page title={pageTitle} lead={t('Log in as a delegate of your city to share its practices.')}>
        <p>
          <Link className="button" to="/login">
            {t('Log in')}
          </Link>
        </p>
      </Page>
    );
  }
  if (cities.isError)
    return <ErrorPanel error={cities.error} onRetry={() => void cities.refetch()} />;
  if (practiceId !== null && practice.isError) {
    return (
      <Page title={pageTitle}>
        <ErrorPanel error={practice.error} onRetry={() => void practice.refetch()} />
      </Page>
    );
  }
  const allowed = publishingCities(
    user.data,
    cities.data.map((city) => city.slug),
  );
  const editing = practiceId !== null ? (practice.data ?? null) : null;
  if (allowed.length === 0 || (editing !== null && !allowed.includes(editing.city))) {
    return (
      <Page
        title={pageTitle}
        lead={t(
          'Only the delegates of a city and platform administrators can share and edit its practices.',
        )}
      />
    );
  }
  return <PracticeEditor key={editing?.id ?? 'new'} practice={editing} cities={allowed} />;
}
