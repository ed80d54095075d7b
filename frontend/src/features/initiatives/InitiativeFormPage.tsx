import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormAlert } from '../../components/FormAlert';
import { InputField, SelectField, TextAreaField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { isLanguage, LANGUAGE_NAMES, textDirection, type Language } from '../../i18n/languages';
import { useCurrentUser } from '../accounts/queries';
import { useCities } from '../cities/queries';
import { toggled } from '../map/filters';
import {
  createPayload,
  draftFromState,
  EMPTY_TEXT,
  emptyDraft,
  parseDecimal,
  stateFromDraft,
  stateOf,
  TEXT_FIELDS,
  updatePayload,
  type EditableState,
  type InitiativeDraft,
  type TextField,
} from './editableState';
import { useCityName } from './InitiativeCard';
import { statusLabel, textFieldLabel } from './labels';
import { LanguageTabs } from './LanguageTabs';
import { changesSince, defaultChoices, mergeStates, type Choice, type FieldChange } from './merge';
import { MergeView } from './MergeView';
import { clearDraft, draftKey, loadDraft, saveDraft, type StoredDraft } from './draftStorage';
import { placeFieldErrors } from './problemFields';
import { publishingCities } from './permissions';
import { useCreateInitiative, useFreshReads, useInitiative, useUpdateInitiative } from './queries';
import { SdgCheckboxes } from './SdgCheckboxes';
import { STATUSES, type Initiative, type InitiativeCreate, type InitiativeUpdate } from './types';
import { AddLanguageControl } from '../../components/AddLanguageControl';
import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';

const LocationPicker = lazy(() => import('../map/LocationPicker'));

interface Conflict {
  current: Initiative;
  theirs: EditableState;
  mine: EditableState;
  changes: FieldChange[];
  choices: Record<string, Choice>;
  savedBy: string | null;
}

interface EditorProps {
  /** The initiative edited; null when creating one. */
  initiative: Initiative | null;
  cities: string[];
}

function InitiativeEditor({ initiative, cities }: EditorProps) {
  const i18n = useI18n();
  const { t, format, language: uiLanguage } = i18n;
  const navigate = useNavigate();
  const cityName = useCityName();
  const freshReads = useFreshReads();
  const create = useCreateInitiative();
  const update = useUpdateInitiative();
  const storageKey = draftKey(initiative?.id ?? null);

  const [stored] = useState(() => loadDraft(storageKey));
  const [session, setSession] = useState<StoredDraft>(() => {
    if (stored !== null) return stored;
    if (initiative !== null) {
      const base = stateOf(initiative);
      return {
        draft: draftFromState(base, initiative.city),
        base,
        baseVersion: initiative.version,
      };
    }
    return { draft: emptyDraft(cities[0] ?? '', uiLanguage), base: null, baseVersion: null };
  });
  const [restored, setRestored] = useState(stored !== null);
  const [touched, setTouched] = useState(false);
  const [activeTab, setActiveTab] = useState<Language>(session.draft.languages[0] ?? uiLanguage);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const { draft } = session;

  useEffect(() => {
    if (touched) saveDraft(storageKey, session);
  }, [touched, storageKey, session]);

  useEffect(() => {
    if (conflict !== null) document.getElementById('merge')?.focus();
  }, [conflict]);

  const errors = placeFieldErrors(submitError, draft.languages, i18n);
  const saving = create.isPending || update.isPending;

  function change(patch: Partial<InitiativeDraft>) {
    setTouched(true);
    setSession((previous) => ({ ...previous, draft: { ...previous.draft, ...patch } }));
  }

  function changeText(language: Language, field: TextField, value: string) {
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
    if (initiative !== null) {
      const base = stateOf(initiative);
      setSession({
        draft: draftFromState(base, initiative.city),
        base,
        baseVersion: initiative.version,
      });
    } else {
      setSession({ draft: emptyDraft(cities[0] ?? '', uiLanguage), base: null, baseVersion: null });
    }
    setActiveTab(initiative === null ? uiLanguage : (initiative.original_language as Language));
  }

  function saved(id: number) {
    clearDraft(storageKey);
    navigate(`/initiatives/${id}`);
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
    const body = updatePayload(base, next) as InitiativeUpdate;
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
    if (initiative === null) {
      create.mutate(createPayload(draft) as InitiativeCreate, {
        onSuccess: (result) => saved(result.id),
        onError: showErrors,
      });
      return;
    }
    const base = session.base ?? stateOf(initiative);
    submitUpdate(
      initiative.id,
      base,
      session.baseVersion ?? initiative.version,
      stateFromDraft(draft),
    );
  }

  function saveMerged() {
    if (conflict === null || initiative === null) return;
    const merged = mergeStates(conflict.theirs, conflict.mine, conflict.changes, conflict.choices);
    const next: StoredDraft = {
      draft: {
        ...draftFromState(merged, draft.city),
        languages: mergedLanguages(draft.languages, merged),
      },
      base: conflict.theirs,
      baseVersion: conflict.current.version,
    };
    setSession(next);
    saveDraft(storageKey, next);
    setConflict(null);
    submitUpdate(initiative.id, conflict.theirs, conflict.current.version, merged);
  }

  const title =
    initiative === null
      ? t('New initiative')
      : t('Edit “{title}”', {
          title: isolate(
            initiative.translations[initiative.original_language]?.title ?? initiative.title,
          ),
        });

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
        <MergeView
          changes={conflict.changes}
          choices={conflict.choices}
          savedBy={conflict.savedBy}
          savedAt={conflict.current.updated_at}
          saving={saving}
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
        className="form form--wide initiative-form"
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
            {initiative === null ? (
              <SelectField
                id="city"
                label={t('City')}
                value={draft.city}
                onChange={(event) => change({ city: event.target.value })}
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
                <span>{cityName(initiative.city)}</span>
              </div>
            )}
            <SelectField
              id="original_language"
              label={t('Original language')}
              hint={t('The language the initiative was first written in.')}
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
          <fieldset
            className="radio-group"
            aria-describedby={errors.fields.status ? 'status-error' : undefined}
          >
            <legend>{t('Status')}</legend>
            {STATUSES.map((status) => (
              <label key={status} className="radio">
                <input
                  type="radio"
                  name="status"
                  id={`status-${status}`}
                  value={status}
                  checked={draft.status === status}
                  onChange={() => change({ status })}
                />
                {statusLabel(status, i18n)}
              </label>
            ))}
            {errors.fields.status && (
              <p id="status-error" className="field__error">
                {errors.fields.status}
              </p>
            )}
          </fieldset>
          <div className="field-row">
            <InputField
              id="start_date"
              label={t('Start date')}
              type="date"
              value={draft.start_date}
              hint={draft.start_date ? format.day(draft.start_date) : undefined}
              onChange={(event) => change({ start_date: event.target.value })}
              error={errors.fields.start_date}
            />
            <InputField
              id="end_date"
              label={t('End date')}
              type="date"
              value={draft.end_date}
              hint={draft.end_date ? format.day(draft.end_date) : undefined}
              onChange={(event) => change({ end_date: event.target.value })}
              error={errors.fields.end_date}
            />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('Texts')}</legend>
          <p className="field__hint">
            {t(
              'Write the texts in the original language; add other languages so more readers can follow.',
            )}
          </p>
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
                {TEXT_FIELDS.map((field) => {
                  const props = {
                    id: `text-${language}-${field}`,
                    label: textFieldLabel(field, i18n),
                    hint: field === 'title' ? t('3 to 200 characters.') : undefined,
                    lang: language,
                    dir: textDirection(language),
                    value: draft.translations[language]?.[field] ?? '',
                    error: errors.fields[`translations.${language}.${field}`],
                  };
                  return field === 'title' ? (
                    <InputField
                      key={field}
                      {...props}
                      required
                      onChange={(event) => changeText(language, field, event.target.value)}
                    />
                  ) : (
                    <TextAreaField
                      key={field}
                      {...props}
                      rows={field === 'description' ? 8 : 3}
                      onChange={(event) => changeText(language, field, event.target.value)}
                    />
                  );
                })}
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
          <legend>{t('Location')}</legend>
          <div className="field-row">
            <InputField
              id="location-lat"
              label={t('Latitude')}
              hint={t('E.g. 38.4237')}
              inputMode="decimal"
              value={draft.lat}
              onChange={(event) => change({ lat: event.target.value })}
              error={errors.fields['location.lat']}
            />
            <InputField
              id="location-lng"
              label={t('Longitude')}
              hint={t('E.g. 27.1428')}
              inputMode="decimal"
              value={draft.lng}
              onChange={(event) => change({ lng: event.target.value })}
              error={errors.fields['location.lng']}
            />
            <InputField
              id="location-district"
              dir="auto"
              label={t('District')}
              value={draft.district}
              onChange={(event) => change({ district: event.target.value })}
              error={errors.fields['location.district']}
            />
          </div>
          <Suspense fallback={<div className="location-picker__map" />}>
            <LocationPicker
              lat={parseDecimal(draft.lat)}
              lng={parseDecimal(draft.lng)}
              onPick={(lat, lng) => change({ lat: lat.toFixed(5), lng: lng.toFixed(5) })}
            />
          </Suspense>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('People and links')}</legend>
          <div className="field-row">
            <TextAreaField
              id="partners"
              dir="auto"
              label={t('Partners')}
              hint={t('One per line.')}
              rows={4}
              value={draft.partners}
              onChange={(event) => change({ partners: event.target.value })}
              error={errors.fields.partners}
            />
            <TextAreaField
              id="target_groups"
              dir="auto"
              label={t('Target groups')}
              hint={t('One per line.')}
              rows={4}
              value={draft.target_groups}
              onChange={(event) => change({ target_groups: event.target.value })}
              error={errors.fields.target_groups}
            />
          </div>
          <InputField
            id="website"
            label={t('Website')}
            hint={t('An address starting with https:// or http://')}
            type="url"
            inputMode="url"
            dir="ltr"
            value={draft.website}
            onChange={(event) => change({ website: event.target.value })}
            error={errors.fields.website}
          />
        </fieldset>

        <div className="actions">
          <button type="submit" className="button" disabled={saving}>
            {saving
              ? t('Saving…')
              : initiative === null
                ? t('Publish initiative')
                : t('Save changes')}
          </button>
          <Link to={initiative === null ? '/map' : `/initiatives/${initiative.id}`}>
            {t('Cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}

/** The merged state's languages, in the order the user had its tabs, new ones after. */
function mergedLanguages(previous: readonly Language[], merged: EditableState): Language[] {
  const present = Object.keys(merged.translations).filter(isLanguage);
  return [
    ...previous.filter((language) => present.includes(language)),
    ...present.filter((language) => !previous.includes(language)),
  ];
}

export function InitiativeFormPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const initiativeId = id === undefined ? null : Number(id);
  const user = useCurrentUser();
  const cities = useCities();
  const initiative = useInitiative(initiativeId ?? 0);

  if (user.isPending || cities.isPending || (initiativeId !== null && initiative.isPending)) {
    return <Loading />;
  }
  const pageTitle = initiativeId === null ? t('New initiative') : t('Edit initiative');
  if (!user.data) {
    return (
      <Page
        title={pageTitle}
        lead={t('Log in as a delegate of your city to publish its initiatives.')}
      >
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
  if (initiativeId !== null && initiative.isError) {
    return (
      <Page title={pageTitle}>
        <ErrorPanel error={initiative.error} onRetry={() => void initiative.refetch()} />
      </Page>
    );
  }
  const allowed = publishingCities(
    user.data,
    cities.data.map((city) => city.slug),
  );
  const editing = initiativeId !== null ? (initiative.data ?? null) : null;
  if (allowed.length === 0 || (editing !== null && !allowed.includes(editing.city))) {
    return (
      <Page
        title={pageTitle}
        lead={t(
          'Only the delegates of a city and platform administrators can publish and edit its initiatives.',
        )}
      />
    );
  }
  return <InitiativeEditor key={editing?.id ?? 'new'} initiative={editing} cities={allowed} />;
}
