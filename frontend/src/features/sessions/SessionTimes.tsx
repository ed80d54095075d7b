import { useMemo } from 'react';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { useCityName } from '../../api/cities';
import { createSessionFormatters, type SessionFormatters } from './sessionFormat';
import type { SessionTimes } from './types';
import { compareZones, dayIn, type ZoneComparison } from './zones';

export function useSessionFormat(): SessionFormatters {
  const { language } = useI18n();
  return useMemo(() => createSessionFormatters(language), [language]);
}

/** A zone's IANA name, kept left-to-right inside any sentence. */
function zoneName(zone: string): string {
  return isolate(zone);
}

/**
 * What every view of a session's times starts from: its start and end, how the viewer's zone
 * compares with the host's, and the line with the host's time (`withDate` adds the date).
 */
function useShownTimes(session: SessionTimes, zone: string) {
  const { t } = useI18n();
  const cityName = useCityName();
  const format = useSessionFormat();
  const starts = new Date(session.starts_at);
  const ends = new Date(session.ends_at);
  const comparison = compareZones(zone, session.timezone, starts);
  const hostTime = (withDate: boolean) =>
    t('Host’s time in {city}: {time}', {
      city: cityName(session.host_city),
      time: format.timeRange(starts, ends, session.timezone, withDate),
    });
  return { format, starts, ends, comparison, hostTime };
}

/**
 * A session's times in a list: the viewer's time, and beside it the host's
 * when the host is in another zone, marked when the clocks differ.
 */
export function SessionTimeLine({ session, zone }: { session: SessionTimes; zone: string }) {
  const { format, starts, ends, comparison, hostTime } = useShownTimes(session, zone);
  const otherDay = dayIn(starts, zone) !== dayIn(starts, session.timezone);
  return (
    <p className="session-time">
      <time className="session-time__viewer" dateTime={session.starts_at}>
        {format.timeRange(starts, ends, zone)}
      </time>
      {comparison !== 'same-zone' && (
        <span
          className={`session-time__host${comparison === 'different-time' ? ' session-time__host--differs' : ''}`}
        >
          {comparison === 'different-time' && (
            <span className="session-time__mark" aria-hidden="true">
              ⚠
            </span>
          )}
          {hostTime(otherDay)}
        </span>
      )}
    </p>
  );
}

/** Says which zone the times are in, and warns when the host's clocks show another time. */
export function ZoneNote({
  viewer,
  host,
  comparison,
}: {
  viewer: string;
  host: string;
  comparison: ZoneComparison;
}) {
  const { t } = useI18n();
  switch (comparison) {
    case 'different-time':
      return (
        <p className="zone-note zone-note--differs" role="note">
          <span className="zone-note__mark" aria-hidden="true">
            ⚠
          </span>
          {t('Times shown in your time zone ({zone}); the host is in {host_zone}.', {
            zone: zoneName(viewer),
            host_zone: zoneName(host),
          })}
        </p>
      );
    case 'same-time':
      return (
        <p className="zone-note" role="note">
          {t(
            'Times shown in your time zone ({zone}); the host is in {host_zone}, whose clocks show the same time on that day.',
            { zone: zoneName(viewer), host_zone: zoneName(host) },
          )}
        </p>
      );
    case 'same-zone':
      return (
        <p className="zone-note" role="note">
          {t('Times shown in your time zone ({zone}), which is also the host’s.', {
            zone: zoneName(viewer),
          })}
        </p>
      );
  }
}

/** A session's date and times in full: the viewer's, then the host's, with the note on zones. */
export function SessionWhen({ session, zone }: { session: SessionTimes; zone: string }) {
  const { format, starts, ends, comparison, hostTime } = useShownTimes(session, zone);
  return (
    <div className="session-when">
      <p className="session-when__viewer">
        <time dateTime={session.starts_at}>
          <span className="session-when__day">{format.day(dayIn(starts, zone))}</span>
          <span className="session-when__time">{format.timeRange(starts, ends, zone)}</span>
        </time>
      </p>
      {comparison !== 'same-zone' && (
        <p
          className={`session-when__host${comparison === 'different-time' ? ' session-when__host--differs' : ''}`}
        >
          {hostTime(true)}
        </p>
      )}
      <ZoneNote viewer={zone} host={session.timezone} comparison={comparison} />
    </div>
  );
}
