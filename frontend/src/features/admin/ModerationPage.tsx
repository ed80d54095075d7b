import { useState } from 'react';
import { Link } from 'react-router';
import { useCityName } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { useModeratePost, useReportedPosts, type ReportedPost } from './queries';
import './admin.css';

function ReportedItem({ item, onDone }: { item: ReportedPost; onDone(message: string): void }) {
  const { t, tn, format } = useI18n();
  const cityName = useCityName();
  const moderate = useModeratePost();
  const { post, reports } = item;
  const headingId = `reported-${post.id}`;
  return (
    <li className="card moderation-item">
      <h2 id={headingId} className="moderation-item__title">
        {post.kind === 'question' ? t('Question') : t('Answer')}
        {' · '}
        <bdi>{post.author?.display_name ?? t('A deleted account')}</bdi>
        {post.city !== null && <> ({cityName(post.city)})</>}
        {post.hidden && <span className="badge moderation-item__hidden">{t('Hidden')}</span>}
      </h2>
      <blockquote className="moderation-item__body" lang={post.language} dir="auto">
        {post.body}
      </blockquote>
      <p className="workspace-item__meta">
        <time dateTime={post.created_at}>{format.dateTime(new Date(post.created_at))}</time>
        {' · '}
        <Link to={`/practices/${post.practice_id}`}>{t('Open the practice')}</Link>
      </p>
      <h3 className="moderation-item__reports">
        {tn('{count} report', '{count} reports', reports.length)}
      </h3>
      <ul className="moderation-item__list">
        {reports.map((report, index) => (
          <li key={`${report.created_at}-${index}`}>
            <bdi>{report.reporter.display_name}</bdi>
            {': '}
            <q dir="auto">{report.reason}</q>{' '}
            <time className="workspace-item__meta" dateTime={report.created_at}>
              {format.dateTime(new Date(report.created_at))}
            </time>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          className={post.hidden ? 'button button--secondary' : 'button button--danger'}
          disabled={moderate.isPending}
          onClick={() =>
            moderate.mutate(
              { postId: post.id, hide: !post.hidden },
              {
                onSuccess: () =>
                  onDone(
                    post.hidden
                      ? t('The post is shown again to everyone.')
                      : t('The post is hidden: only administrators see it now.'),
                  ),
              },
            )
          }
        >
          {post.hidden ? t('Show it again') : t('Hide it')}
        </button>
      </div>
      {moderate.isError && <ErrorPanel error={moderate.error} />}
    </li>
  );
}

/** Questions and answers readers reported, for platform admins to hide or keep. */
export default function ModerationPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [includeHidden, setIncludeHidden] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const reported = useReportedPosts(includeHidden);
  if (user.isPending) return <Loading />;
  if (!user.data?.is_admin) {
    return (
      <Page
        title={t('Moderation queue')}
        lead={t('Only platform administrators moderate reported posts.')}
      />
    );
  }
  return (
    <Page
      title={t('Moderation queue')}
      lead={t(
        'Questions and answers that readers reported. Hide what breaks the rules; a hidden post can be shown again.',
      )}
    >
      <label className="checkbox-line">
        <input
          type="checkbox"
          id="include-hidden"
          checked={includeHidden}
          onChange={(event) => setIncludeHidden(event.target.checked)}
        />
        {t('Also show posts already hidden')}
      </label>
      <div role="status" className="admin-status">
        {message !== null && <p className="notice">{message}</p>}
      </div>
      {reported.isPending && <Loading />}
      {reported.isError && (
        <ErrorPanel error={reported.error} onRetry={() => void reported.refetch()} />
      )}
      {reported.data !== undefined &&
        (reported.data.length === 0 ? (
          <EmptyState
            message={t('Nothing waits for moderation.')}
            explanation={t(
              'When a reader reports a question or an answer on a practice, it shows here with the reasons given.',
            )}
          />
        ) : (
          <ul className="moderation-list">
            {reported.data.map((item) => (
              <ReportedItem key={item.post.id} item={item} onDone={setMessage} />
            ))}
          </ul>
        ))}
    </Page>
  );
}
