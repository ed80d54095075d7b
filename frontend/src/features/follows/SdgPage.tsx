import { Link, useParams } from 'react-router';
import { useSdgs } from '../../api/taxonomy';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SdgSquare } from '../../components/SdgIcon';
import { useI18n } from '../../i18n/I18nProvider';
import { FeedLink } from '../../components/FeedLink';
import { FollowButton } from '../../components/FollowButton';

/** One goal: follow it, read its feed, and find every city's work on it. */
export function SdgPage() {
  const { t } = useI18n();
  const { number = '' } = useParams();
  const sdgs = useSdgs();
  if (sdgs.isPending) return <Loading />;
  if (sdgs.isError) return <ErrorPanel error={sdgs.error} onRetry={() => void sdgs.refetch()} />;
  const sdg = sdgs.data.find((goal) => String(goal.number) === number);
  if (!sdg) {
    return (
      <Page
        title={t('Page not found')}
        lead={t(
          'There is no page at this address. It may have moved, or the link may be mistyped.',
        )}
      >
        <p>
          <Link to="/">{t('Go to the home page')}</Link>
        </p>
      </Page>
    );
  }
  const title = `${t('SDG {number}', { number: sdg.number })}: ${sdg.title}`;
  return (
    <Page title={title}>
      <div className="page-actions">
        <SdgSquare sdg={sdg} />
        <FollowButton kind="sdg" followKey={String(sdg.number)} label={title} />
        <FeedLink path={`/api/v1/sdgs/${sdg.number}/feed.atom`} title={title} />
      </div>
      <p>
        <Link to={`/search?sdg=${sdg.number}`}>
          {t('Initiatives, practices and sessions of every city on this goal')}
        </Link>
      </p>
    </Page>
  );
}
