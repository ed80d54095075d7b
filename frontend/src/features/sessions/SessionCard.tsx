import { CardTitle } from '../../components/CardTitle';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { useCityName } from '../../api/cities';
import { SessionBadges } from './SessionBadges';
import { SessionTimeLine } from './SessionTimes';
import { useViewerZone } from './viewerZone';
import type { SessionSummary } from './types';

interface SessionCardProps {
  session: SessionSummary;
  zone: string;
  headingLevel?: 3 | 4;
}

/** A session in a list: its times, title, host city and badges. */
export function SessionCard({ session, zone, headingLevel = 3 }: SessionCardProps) {
  const { t } = useI18n();
  const cityName = useCityName();
  return (
    <li className={`session-card${session.cancelled ? ' session-card--cancelled' : ''}`}>
      <SessionTimeLine session={session} zone={zone} />
      <CardTitle
        level={headingLevel}
        className="session-card__title"
        to={`/sessions/${session.id}`}
        item={session}
      />
      <p className="session-card__meta">
        <span>{cityName(session.host_city)}</span>
        {session.series && (
          <span className="session-card__series">
            {t('Series: {name}', { name: isolate(session.series) })}
          </span>
        )}
      </p>
      <SessionBadges session={session} />
    </li>
  );
}

/** Sessions as cards in the viewer's time zone, for pages that list a few (a journey's, a track's). */
export function SessionCardList({ sessions }: { sessions: readonly SessionSummary[] }) {
  const { zone } = useViewerZone();
  return (
    <ul className="session-list">
      {sessions.map((session) => (
        <SessionCard key={session.id} session={session} zone={zone} />
      ))}
    </ul>
  );
}
