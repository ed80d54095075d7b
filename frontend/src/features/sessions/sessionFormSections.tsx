import { InputField } from '../../components/FormFields';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGES } from '../../i18n/languages';
import { CheckboxLine, LanguageCheckboxes } from '../content/CheckboxFields';
import { DraftInputField, DraftUrlField } from '../content/DraftFields';
import type { VersionedEditor } from '../content/useVersionedEditor';
import { newOccurrence, type OccurrenceDraft, type SessionDraft } from './sessionDraft';
import { useSessionFormat } from './SessionTimes';
import { SkippedTimeNote, TimesPreview } from './TimesPreview';
import { instantOf } from './zones';

type Editor = VersionedEditor<SessionDraft>;

interface DateTimeProps {
  editor: Editor;
  /** A new session may be a series of dated sessions; an edit is one. */
  isNew: boolean;
  /** The host city's name, as the times are on its clocks. */
  cityLabel: string;
}

/** When the session is, typed on the host's clocks: one date, or the dates of a series. */
export function DateTimeSection({ editor, isNew, cityLabel }: DateTimeProps) {
  const { t, format } = useI18n();
  const sessionFormat = useSessionFormat();
  const { draft, errors, change } = editor;
  const zone = draft.timezone;
  const closesAt =
    zone === '' ? null : (instantOf(draft.closes_date, draft.closes_time, zone)?.instant ?? null);

  function changeOccurrence(index: number, patch: Partial<OccurrenceDraft>) {
    change((previous) => ({
      occurrences: previous.occurrences.map((occurrence, at) =>
        at === index ? { ...occurrence, ...patch } : occurrence,
      ),
    }));
  }

  return (
    <fieldset className="form-section">
      <legend>{t('Date and time')}</legend>
      <p className="notice session-form__zone" role="note">
        {t('Enter the times as the clocks show them in {city} ({zone}).', {
          city: cityLabel,
          zone: isolate(zone),
        })}
      </p>
      {isNew && (
        <CheckboxLine id="repeat" checked={draft.repeat} onChange={(repeat) => change({ repeat })}>
          {t('Schedule a series of sessions on several dates')}
        </CheckboxLine>
      )}
      {(draft.repeat || !isNew) && (
        <DraftInputField
          editor={editor}
          field="series"
          label={draft.repeat ? t('Name of the series') : t('Series (optional)')}
          hint={t('Sessions with the same series name are listed together.')}
          dir="auto"
          required={draft.repeat}
          maxLength={120}
        />
      )}
      {draft.repeat ? (
        <>
          <fieldset
            className="occurrences"
            aria-describedby={errors['occurrences'] ? 'occurrences-error' : undefined}
          >
            <legend>{t('Dates of the series')}</legend>
            <ol className="occurrences__list">
              {draft.occurrences.map((occurrence, index) => {
                const rowError = errors[`occurrences.${index}`];
                const number = format.number(index + 1);
                return (
                  <li key={occurrence.key} className="occurrence">
                    <div className="field-row">
                      <InputField
                        id={`occurrence-${index}-date`}
                        label={t('Date of session {number}', { number })}
                        type="date"
                        value={occurrence.date}
                        onChange={(event) => changeOccurrence(index, { date: event.target.value })}
                        error={rowError}
                      />
                      <InputField
                        id={`occurrence-${index}-start`}
                        label={t('Starts')}
                        type="time"
                        value={occurrence.start}
                        onChange={(event) => changeOccurrence(index, { start: event.target.value })}
                      />
                      <InputField
                        id={`occurrence-${index}-end`}
                        label={t('Ends')}
                        type="time"
                        value={occurrence.end}
                        onChange={(event) => changeOccurrence(index, { end: event.target.value })}
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
            {errors['occurrences'] && (
              <p id="occurrences-error" className="field__error">
                {errors['occurrences']}
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
          <DraftInputField
            editor={editor}
            field="closes_days_before"
            label={t('Registration closes (days before each session)')}
            hint={t('Leave empty to keep registration open until each session starts.')}
            type="number"
            inputMode="numeric"
            min={0}
            max={99}
          />
        </>
      ) : (
        <>
          <div className="field-row">
            <DraftInputField editor={editor} field="date" label={t('Date')} type="date" required />
            <DraftInputField
              editor={editor}
              field="start"
              label={t('Starts')}
              type="time"
              required
            />
            <DraftInputField editor={editor} field="end" label={t('Ends')} type="time" required />
          </div>
          <p className="field__hint">{t('An end before the start means the next day.')}</p>
          <SkippedTimeNote date={draft.date} time={draft.start} zone={zone} />
          <TimesPreview draft={draft} city={cityLabel} />
          <div className="field-row">
            <DraftInputField
              editor={editor}
              field="closes_date"
              label={t('Registration closes on (optional)')}
              type="date"
              errorKey="closes"
            />
            <DraftInputField
              editor={editor}
              field="closes_time"
              label={t('Registration closes at')}
              type="time"
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
  );
}

/** Seats, spoken languages and interpretation; where participants meet, or the link. */
export function SeatsSection({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const { draft, errors, change } = editor;
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('Seats and languages')}</legend>
        <DraftInputField
          editor={editor}
          field="capacity"
          label={t('Seats')}
          hint={t('From 1 to 10,000. When they are taken, bookings join a waitlist.')}
          type="number"
          inputMode="numeric"
          min={1}
          max={10000}
          required
        />
        <LanguageCheckboxes
          idPrefix="spoken"
          legend={t('Spoken languages')}
          selected={draft.spoken}
          // Kept in the platform's order of languages, whatever the order of the clicks.
          onToggle={(language) =>
            change({
              spoken: LANGUAGES.filter(
                (item) => (item === language) !== draft.spoken.includes(item),
              ),
            })
          }
          error={errors['languages']}
        />
        <CheckboxLine
          id="interpretation"
          checked={draft.interpretation}
          onChange={(interpretation) => change({ interpretation })}
        >
          {t('Interpretation is provided')}
        </CheckboxLine>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('Venue and online link')}</legend>
        {draft.format !== 'online' && (
          <DraftInputField
            editor={editor}
            field="venue"
            label={t('Venue')}
            hint={t('The address or building where participants meet.')}
            dir="auto"
            maxLength={300}
          />
        )}
        {draft.format !== 'in_person' && (
          <DraftUrlField
            editor={editor}
            field="online_url"
            label={t('Online link')}
            hint={t('Shown only to the organisers and to participants with a confirmed seat.')}
          />
        )}
      </fieldset>
    </>
  );
}
