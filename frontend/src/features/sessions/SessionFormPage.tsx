import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormAlert } from '../../components/FormAlert';
import { InputField, SelectField, TextAreaField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import {
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  textDirection,
  type Language,
} from '../../i18n/languages';
import { useCurrentUser } from '../accounts/queries';
import { useCities, type City } from '../cities/queries';
import { LanguageTabs } from '../initiatives/LanguageTabs';
import { SdgCheckboxes } from '../initiatives/SdgCheckboxes';
import { toggled } from '../map/filters';
import { formatLabel, kindLabel } from './labels';
import { organisingCities } from './permissions';
import {
  useCreateSeries,
  useCreateSession,
  useFreshSession,
  useSession,
  useUpdateSession,
} from './queries';
import {
  createRequest,
  draftFromSession,
  draftTimes,
  EMPTY_SESSION_TEXT,
  emptySessionDraft,
  newOccurrence,
  updateRequest,
  type DraftErrors,
  type OccurrenceDraft,
  type SessionDraft,
  type SessionText,
} from './sessionDraft';
import { placeSessionErrors } from './sessionProblems';
import { useSessionFormat } from './SessionTimes';
import { FORMATS, isKind, KINDS, type Session } from './types';
import { useViewerZone } from './viewerZone';
import { compareZones, instantOf } from './zones';
import './sessions.css';
import { AddLanguageControl } from '../../components/AddLanguageControl';
import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';

/**
 * What the typed times mean: on the host's clocks in the reader's calendar
 * (Solar Hijri in Persian, whatever the date picker shows), and on the
 * viewer's clocks when those differ.
 */
function TimesPreview({
  draft,
  city,
}: {
  draft: Pick<SessionDraft, 'date' | 'start' | 'end' | 'timezone'>;
  city: string;
}) {
  const { t } = useI18n();
  const format = useSessionFormat();
  const { zone } = useViewerZone();
  const times = draftTimes(draft);
  if (times === null || draft.timezone === '') return null;
  const differs = compareZones(zone, draft.timezone, times.starts) !== 'same-zone';
  return (
    <div className="session-form__preview" aria-live="polite">
      <p className="field__hint">
        {t('Host’s time in {city}: {time}', {
          city,
          time: format.timeRange(times.starts, times.ends, draft.timezone, true),
        })}
      </p>
      {differs && (
        <p className="field__hint session-form__viewer-time">
          {t('In your time zone ({zone}): {time}', {
            zone: isolate(zone),
            time: format.timeRange(times.starts, times.ends, zone, true),
          })}
        </p>
      )}
    </div>
  );
}

/** A note when a typed time does not exist on the host's clocks (the hour skipped in spring). */
function SkippedTimeNote({ date, time, zone }: { date: string; time: string; zone: string }) {
  const { t } = useI18n();
  const zoned = zone === '' ? null : instantOf(date, time, zone);
  if (zoned === null || zoned.exists) return null;
  return (
    <p className="field__hint" role="note">
      {t('The clocks skip this time on that day (daylight saving time): it is moved an hour on.')}
    </p>
  );
}

interface Conflict {
  current: Session;
}

interface EditorProps {
  /** The session edited; null when scheduling a new one. */
  session: Session | null;
  cities: City[];
}

function SessionEditor({ session, cities }: EditorProps) {
  const i18n = useI18n();
  const { t, format, language: uiLanguage } = i18n;
  const sessionFormat = useSessionFormat();
  const navigate = useNavigate();
  const create = useCreateSession();
  const createSeries = useCreateSeries();
  const update = useUpdateSession();
  const freshSession = useFreshSession();
  const [base, setBase] = useState<Session | null>(session);
  const [draft, setDraft] = useState<SessionDraft>(() => {
    if (session !== null) return draftFromSession(session);
    return emptySessionDraft(cities[0] ?? null, uiLanguage);
  });
  const [activeTab, setActiveTab] = useState<Language>(draft.languages[0] ?? uiLanguage);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [clientErrors, setClientErrors] = useState<DraftErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const placed = placeSessionErrors(submitError, draft.languages, i18n);
  const errors = { ...placed.fields, ...clientErrors };
  const alerts =
    Object.keys(clientErrors).length > 0
      ? [t('Some fields need your attention: see the messages beside them.')]
      : placed.alerts;
  const saving = create.isPending || createSeries.isPending || update.isPending;
  const hostCity = cities.find((city) => city.slug === draft.host_city);

  function change(patch: Partial<SessionDraft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
  }

  function changeText(language: Language, field: keyof SessionText, value: string) {
    setDraft((previous) => ({
      ...previous,
      translations: {
        ...previous.translations,
        [language]: { ...(previous.translations[language] ?? EMPTY_SESSION_TEXT), [field]: value },
      },
    }));
  }

  function changeOccurrence(index: number, patch: Partial<OccurrenceDraft>) {
    setDraft((previous) => ({
      ...previous,
      occurrences: previous.occurrences.map((occurrence, at) =>
        at === index ? { ...occurrence, ...patch } : occurrence,
      ),
    }));
  }

  function addTab(language: Language) {
    change({
      languages: [...draft.languages, language],
      translations: {
        ...draft.translations,
        [language]: draft.translations[language] ?? { ...EMPTY_SESSION_TEXT },
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

  function showErrors(error: unknown) {
    setSubmitError(error);
    const next = placeSessionErrors(error, draft.languages, i18n);
    const firstTab = next.tabs[0];
    if (firstTab !== undefined && !next.tabs.includes(activeTab)) setActiveTab(firstTab);
    alertRef.current?.scrollIntoView({ block: 'center' });
  }

  function showClientErrors(found: DraftErrors) {
    setSubmitError(null);
    setClientErrors(found);
    alertRef.current?.scrollIntoView({ block: 'center' });
  }

  function saved(id: number | undefined) {
    navigate(id === undefined ? '/sessions' : `/sessions/${id}`);
  }

  /**
   * Sends what the draft changed from `edited` (the version the form was
   * filled from), as an edit of `version`: after a stale edit, the user's
   * changes go on top of someone else's, and what they did not touch stays theirs.
   */
  function submitUpdate(edited: Session, version: number) {
    const result = updateRequest(edited, draft, i18n);
    if ('errors' in result) {
      showClientErrors(result.errors);
      return;
    }
    if (Object.keys(result.body).length === 0) {
      saved(edited.id);
      return;
    }
    update.mutate(
      { id: edited.id, version, body: result.body },
      {
        onSuccess: (updated) => saved(updated.id),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) {
            freshSession(edited.id).then((fresh) => {
              setSubmitError(null);
              setConflict({ current: fresh });
            }, showErrors);
          } else {
            showErrors(error);
          }
        },
      },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitError(null);
    setClientErrors({});
    if (base !== null) {
      submitUpdate(base, base.version);
      return;
    }
    const result = createRequest(draft, i18n);
    if ('errors' in result) {
      showClientErrors(result.errors);
      return;
    }
    const options = {
      onSuccess: (created: Session[]) => saved(created[0]?.id),
      onError: showErrors,
    };
    if (result.request.kind === 'series') createSeries.mutate(result.request.body, options);
    else create.mutate(result.request.body, options);
  }

  function overwrite() {
    if (conflict === null || base === null) return;
    setConflict(null);
    submitUpdate(base, conflict.current.version);
  }

  function startAgain() {
    if (conflict === null) return;
    setBase(conflict.current);
    setDraft(draftFromSession(conflict.current));
    setConflict(null);
  }

  const title =
    session === null
      ? t('New session')
      : t('Edit “{title}”', {
          title: isolate(session.translations[session.original_language]?.title ?? session.title),
        });
  const zone = draft.timezone;
  const cityLabel = hostCity?.name ?? draft.host_city;

  const fieldError = (name: string) => errors[name];
  const closesAt =
    zone === '' ? null : (instantOf(draft.closes_date, draft.closes_time, zone)?.instant ?? null);

  return (
    <Page title={title}>
      {conflict !== null && (
        <section className="notice stale-notice" role="alert" aria-labelledby="stale-title">
          <h2 id="stale-title" className="notice__title">
            {t('Someone else changed this session while you were editing it.')}
          </h2>
          <p>
            {t(
              'Save your changes on top of theirs (where you both changed the same thing, yours is kept), or start again from their version (your changes are then lost).',
            )}
          </p>
          <div className="actions">
            <button type="button" className="button" disabled={saving} onClick={overwrite}>
              {t('Save my changes')}
            </button>
            <button type="button" className="button button--secondary" onClick={startAgain}>
              {t('Start again from their version')}
            </button>
          </div>
        </section>
      )}
      <form className="form form--wide session-form" onSubmit={submit} noValidate>
        <div ref={alertRef}>
          <FormAlert messages={alerts} />
        </div>

        <fieldset className="form-section">
          <legend>{t('Basics')}</legend>
          <div className="field-row">
            {session === null ? (
              <SelectField
                id="host_city"
                label={t('Host city')}
                value={draft.host_city}
                onChange={(event) => {
                  const city = cities.find((item) => item.slug === event.target.value);
                  if (city) change({ host_city: city.slug, timezone: city.timezone });
                }}
                error={fieldError('host_city')}
              >
                {cities.map((city) => (
                  <option key={city.slug} value={city.slug}>
                    {city.name}
                  </option>
                ))}
              </SelectField>
            ) : (
              <div className="field">
                <span className="field__label">{t('Host city')}</span>
                <span>{cityLabel}</span>
              </div>
            )}
            <SelectField
              id="kind"
              label={t('Kind of session')}
              value={draft.kind}
              onChange={(event) => {
                if (isKind(event.target.value)) change({ kind: event.target.value });
              }}
              error={fieldError('kind')}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(kind, i18n)}
                </option>
              ))}
            </SelectField>
          </div>
          <fieldset
            className="radio-group"
            aria-describedby={fieldError('format') ? 'format-error' : undefined}
          >
            <legend>{t('Format')}</legend>
            {FORMATS.map((option) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name="format"
                  id={`format-${option}`}
                  value={option}
                  checked={draft.format === option}
                  onChange={() => change({ format: option })}
                />
                {formatLabel(option, i18n)}
              </label>
            ))}
            {fieldError('format') && (
              <p id="format-error" className="field__error">
                {fieldError('format')}
              </p>
            )}
          </fieldset>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('Texts')}</legend>
          <p className="field__hint">
            {t(
              'Describe the session in its original language; add other languages so more cities can follow.',
            )}
          </p>
          {session === null && (
            <SelectField
              id="original_language"
              label={t('Original language')}
              hint={t('The language the session was first described in.')}
              value={draft.original_language}
              onChange={(event) => {
                if (isLanguage(event.target.value))
                  change({ original_language: event.target.value });
              }}
              error={fieldError('original_language')}
            >
              {draft.languages.map((language) => (
                <option key={language} value={language} lang={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </SelectField>
          )}
          <LanguageTabs
            idPrefix="session-texts"
            label={t('Languages of the texts')}
            languages={draft.languages}
            active={
              draft.languages.includes(activeTab) ? activeTab : (draft.languages[0] ?? uiLanguage)
            }
            original={draft.original_language}
            withErrors={placed.tabs}
            onSelect={setActiveTab}
            renderPanel={(language) => (
              <div className="text-panel">
                {fieldError(`translations.${language}`) && (
                  <p className="field__error" role="alert">
                    {fieldError(`translations.${language}`)}
                  </p>
                )}
                <InputField
                  id={`text-${language}-title`}
                  label={t('Title')}
                  hint={t('3 to 200 characters.')}
                  lang={language}
                  dir={textDirection(language)}
                  required
                  value={draft.translations[language]?.title ?? ''}
                  onChange={(event) => changeText(language, 'title', event.target.value)}
                  error={fieldError(`translations.${language}.title`)}
                />
                <TextAreaField
                  id={`text-${language}-description`}
                  label={t('Description')}
                  lang={language}
                  dir={textDirection(language)}
                  rows={6}
                  value={draft.translations[language]?.description ?? ''}
                  onChange={(event) => changeText(language, 'description', event.target.value)}
                  error={fieldError(`translations.${language}.description`)}
                />
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
          <legend>{t('Date and time')}</legend>
          <p className="notice session-form__zone" role="note">
            {t('Enter the times as the clocks show them in {city} ({zone}).', {
              city: cityLabel,
              zone: isolate(zone),
            })}
          </p>
          {session === null && (
            <label className="checkbox-line">
              <input
                type="checkbox"
                id="repeat"
                checked={draft.repeat}
                onChange={(event) => change({ repeat: event.target.checked })}
              />
              {t('Schedule a series of sessions on several dates')}
            </label>
          )}
          {(draft.repeat || session !== null) && (
            <InputField
              id="series"
              label={draft.repeat ? t('Name of the series') : t('Series (optional)')}
              hint={t('Sessions with the same series name are listed together.')}
              dir="auto"
              required={draft.repeat}
              maxLength={120}
              value={draft.series}
              onChange={(event) => change({ series: event.target.value })}
              error={fieldError('series')}
            />
          )}
          {draft.repeat ? (
            <>
              <fieldset
                className="occurrences"
                aria-describedby={fieldError('occurrences') ? 'occurrences-error' : undefined}
              >
                <legend>{t('Dates of the series')}</legend>
                <ol className="occurrences__list">
                  {draft.occurrences.map((occurrence, index) => {
                    const rowError = fieldError(`occurrences.${index}`);
                    const number = format.number(index + 1);
                    return (
                      <li key={occurrence.key} className="occurrence">
                        <div className="field-row">
                          <InputField
                            id={`occurrence-${index}-date`}
                            label={t('Date of session {number}', { number })}
                            type="date"
                            value={occurrence.date}
                            onChange={(event) =>
                              changeOccurrence(index, { date: event.target.value })
                            }
                            error={rowError}
                          />
                          <InputField
                            id={`occurrence-${index}-start`}
                            label={t('Starts')}
                            type="time"
                            value={occurrence.start}
                            onChange={(event) =>
                              changeOccurrence(index, { start: event.target.value })
                            }
                          />
                          <InputField
                            id={`occurrence-${index}-end`}
                            label={t('Ends')}
                            type="time"
                            value={occurrence.end}
                            onChange={(event) =>
                              changeOccurrence(index, { end: event.target.value })
                            }
                          />
                        </div>
                        <TimesPreview draft={{ ...occurrence, timezone: zone }} city={cityLabel} />
                        {draft.occurrences.length > 1 && (
                          <button
                            type="button"
                            className="button button--small button--secondary"
                            onClick={() =>
                              change({
                                occurrences: draft.occurrences.filter((_, at) => at !== index),
                              })
                            }
                          >
                            {t('Remove session {number}', { number })}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ol>
                <p className="field__hint">{t('An end before the start means the next day.')}</p>
                {fieldError('occurrences') && (
                  <p id="occurrences-error" className="field__error">
                    {fieldError('occurrences')}
                  </p>
                )}
              </fieldset>
              <button
                type="button"
                className="button button--small button--secondary session-form__add"
                onClick={() =>
                  change({
                    occurrences: [
                      ...draft.occurrences,
                      newOccurrence(draft.occurrences[draft.occurrences.length - 1]),
                    ],
                  })
                }
              >
                {t('Add a date')}
              </button>
              <InputField
                id="closes_days_before"
                label={t('Registration closes (days before each session)')}
                hint={t('Leave empty to keep registration open until each session starts.')}
                type="number"
                inputMode="numeric"
                min={0}
                max={99}
                value={draft.closes_days_before}
                onChange={(event) => change({ closes_days_before: event.target.value })}
                error={fieldError('closes_days_before')}
              />
            </>
          ) : (
            <>
              <div className="field-row">
                <InputField
                  id="date"
                  label={t('Date')}
                  type="date"
                  required
                  value={draft.date}
                  onChange={(event) => change({ date: event.target.value })}
                  error={fieldError('date')}
                />
                <InputField
                  id="start"
                  label={t('Starts')}
                  type="time"
                  required
                  value={draft.start}
                  onChange={(event) => change({ start: event.target.value })}
                />
                <InputField
                  id="end"
                  label={t('Ends')}
                  type="time"
                  required
                  value={draft.end}
                  onChange={(event) => change({ end: event.target.value })}
                  error={fieldError('end')}
                />
              </div>
              <p className="field__hint">{t('An end before the start means the next day.')}</p>
              <SkippedTimeNote date={draft.date} time={draft.start} zone={zone} />
              <TimesPreview draft={draft} city={cityLabel} />
              <div className="field-row">
                <InputField
                  id="closes_date"
                  label={t('Registration closes on (optional)')}
                  type="date"
                  value={draft.closes_date}
                  onChange={(event) => change({ closes_date: event.target.value })}
                  error={fieldError('closes')}
                />
                <InputField
                  id="closes_time"
                  label={t('Registration closes at')}
                  type="time"
                  value={draft.closes_time}
                  onChange={(event) => change({ closes_time: event.target.value })}
                />
              </div>
              <p className="field__hint">
                {closesAt === null
                  ? t('Leave both empty to keep registration open until the start.')
                  : t('Open until {time}', {
                      time: sessionFormat.dateTime(closesAt, zone),
                    })}
              </p>
            </>
          )}
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('Seats and languages')}</legend>
          <InputField
            id="capacity"
            label={t('Seats')}
            hint={t('From 1 to 10,000. When they are taken, bookings join a waitlist.')}
            type="number"
            inputMode="numeric"
            min={1}
            max={10000}
            required
            value={draft.capacity}
            onChange={(event) => change({ capacity: event.target.value })}
            error={fieldError('capacity')}
          />
          <fieldset
            className="checkbox-group"
            aria-describedby={fieldError('languages') ? 'spoken-error' : undefined}
          >
            <legend>{t('Spoken languages')}</legend>
            <ul className="checkbox-grid">
              {LANGUAGES.map((language) => (
                <li key={language}>
                  <input
                    type="checkbox"
                    id={`spoken-${language}`}
                    checked={draft.spoken.includes(language)}
                    onChange={() =>
                      change({
                        spoken: LANGUAGES.filter(
                          (item) => (item === language) !== draft.spoken.includes(item),
                        ),
                      })
                    }
                  />
                  <label htmlFor={`spoken-${language}`}>{format.language(language)}</label>
                </li>
              ))}
            </ul>
            {fieldError('languages') && (
              <p id="spoken-error" className="field__error">
                {fieldError('languages')}
              </p>
            )}
          </fieldset>
          <label className="checkbox-line">
            <input
              type="checkbox"
              id="interpretation"
              checked={draft.interpretation}
              onChange={(event) => change({ interpretation: event.target.checked })}
            />
            {t('Interpretation is provided')}
          </label>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('Venue and online link')}</legend>
          {draft.format !== 'online' && (
            <InputField
              id="venue"
              label={t('Venue')}
              hint={t('The address or building where participants meet.')}
              dir="auto"
              maxLength={300}
              value={draft.venue}
              onChange={(event) => change({ venue: event.target.value })}
              error={fieldError('venue')}
            />
          )}
          {draft.format !== 'in_person' && (
            <InputField
              id="online_url"
              label={t('Online link')}
              hint={t('Shown only to the organisers and to participants with a confirmed seat.')}
              type="url"
              inputMode="url"
              dir="ltr"
              value={draft.online_url}
              onChange={(event) => change({ online_url: event.target.value })}
              error={fieldError('online_url')}
            />
          )}
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('Goals and themes')}</legend>
          <SdgCheckboxes
            id="sdg"
            legend={t('Sustainable Development Goals')}
            selected={draft.sdgs}
            onToggle={(sdg) => change({ sdgs: toggled(draft.sdgs, sdg) })}
            error={fieldError('sdgs')}
          />
          <ThemeCheckboxes
            selected={draft.themes}
            onToggle={(key) => change({ themes: toggled(draft.themes, key) })}
            error={fieldError('themes')}
          />
        </fieldset>

        <div className="actions">
          <button type="submit" className="button" disabled={saving}>
            {saving
              ? t('Saving…')
              : session !== null
                ? t('Save changes')
                : draft.repeat
                  ? t('Schedule the series')
                  : t('Schedule the session')}
          </button>
          <Link to={session === null ? '/sessions' : `/sessions/${session.id}`}>{t('Cancel')}</Link>
        </div>
      </form>
    </Page>
  );
}

export default function SessionFormPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const sessionId = id === undefined ? null : Number(id);
  const user = useCurrentUser();
  const cities = useCities();
  const session = useSession(sessionId ?? 0);

  if (user.isPending || cities.isPending || (sessionId !== null && session.isPending)) {
    return <Loading />;
  }
  const pageTitle = sessionId === null ? t('New session') : t('Edit session');
  if (!user.data) {
    return (
      <Page title={pageTitle} lead={t('Log in as an organiser of your city to schedule sessions.')}>
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
  if (sessionId !== null && session.isError) {
    return (
      <Page title={pageTitle}>
        <ErrorPanel error={session.error} onRetry={() => void session.refetch()} />
      </Page>
    );
  }
  const allowed = organisingCities(
    user.data,
    cities.data.map((city) => city.slug),
  );
  const editing = sessionId !== null ? (session.data ?? null) : null;
  if (allowed.length === 0 || (editing !== null && !allowed.includes(editing.host_city))) {
    return (
      <Page
        title={pageTitle}
        lead={t(
          'Only the organisers of a city and platform administrators can schedule and edit its sessions.',
        )}
      />
    );
  }
  if (editing?.cancelled) {
    return (
      <Page title={pageTitle} lead={t('A cancelled session cannot be changed.')}>
        <p>
          <Link to={`/sessions/${editing.id}`}>{t('Back to the session')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <SessionEditor
      key={editing?.id ?? 'new'}
      session={editing}
      cities={cities.data.filter((city) => allowed.includes(city.slug))}
    />
  );
}
