import type { ReactNode } from 'react';
import { CardTitle } from '../../components/CardTitle';
import { HelpNote } from '../../components/HelpNote';
import { useI18n } from '../../i18n/I18nProvider';
import { useFileDownload } from '../../api/download';
import { DownloadButton } from '../../components/DownloadButton';
import { ProgressMeter } from '../../components/ProgressMeter';
import type { MyTrack } from './types';

export function TrackHelp() {
  const { t } = useI18n();
  return (
    <HelpNote question={t('What is a learning track?')}>
      <p>
        {t(
          'A learning track is a training of several sessions, for example three days of one course. The host city says how many of its sessions you need to attend.',
        )}
      </p>
      <p>
        {t(
          'Book the sessions as usual. Once the organiser has marked you present at enough of them, the track’s certificate of completion can be downloaded here and under “My tracks”.',
        )}
      </p>
    </HelpNote>
  );
}

function TrackCertificate({ trackId }: { trackId: number }) {
  const { t } = useI18n();
  const download = useFileDownload(
    (api) =>
      api.GET('/api/v1/tracks/{track_id}/certificate.pdf', {
        params: { path: { track_id: trackId } },
        parseAs: 'blob',
      }),
    `track-${trackId}-certificate.pdf`,
  );
  return <DownloadButton download={download} label={t('Download the certificate (PDF)')} />;
}

/** How far the reader is in a track, and the certificate once the rule is met (the reason before). */
export function TrackProgress({ track, idPrefix }: { track: MyTrack; idPrefix: string }) {
  const { t } = useI18n();
  const percent = Math.min(100, Math.round((track.attended / track.required_sessions) * 100));
  return (
    <div className="track-progress">
      <ProgressMeter
        id={`${idPrefix}-progress`}
        value={percent}
        label={t('Attended {attended} of the {required} sessions needed', {
          attended: track.attended,
          required: track.required_sessions,
        })}
      />
      {track.complete ? (
        <TrackCertificate trackId={track.id} />
      ) : (
        <p className="muted">
          {t(
            'The certificate can be downloaded after attending {required} of the {count} sessions; {missing} more to go.',
            {
              required: track.required_sessions,
              count: track.sessions,
              missing: track.required_sessions - track.attended,
            },
          )}
        </p>
      )}
    </div>
  );
}

/** A track in a list: its title, linked to its page, then what the list tells of it. */
export function TrackCard({
  track,
  children,
}: {
  track: { id: number; title: string; language: string };
  children: ReactNode;
}) {
  return (
    <li className="track-card">
      <CardTitle level={2} className="track-card__title" to={`/tracks/${track.id}`} item={track} />
      {children}
    </li>
  );
}
