import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { draftTimes, type SessionDraft } from './sessionDraft';
import { useSessionFormat } from './SessionTimes';
import { useViewerZone } from './viewerZone';
import { compareZones, instantOf } from './zones';

/**
 * What the typed times mean: on the host's clocks in the reader's calendar
 * (Solar Hijri in Persian, whatever the date picker shows), and on the
 * viewer's clocks when those differ.
 */
export function TimesPreview({
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
export function SkippedTimeNote({
  date,
  time,
  zone,
}: {
  date: string;
  time: string;
  zone: string;
}) {
  const { t } = useI18n();
  const zoned = zone === '' ? null : instantOf(date, time, zone);
  if (zoned === null || zoned.exists) return null;
  return (
    <p className="field__hint" role="note">
      {t('The clocks skip this time on that day (daylight saving time): it is moved an hour on.')}
    </p>
  );
}
