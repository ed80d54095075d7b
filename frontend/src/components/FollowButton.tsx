import { ErrorPanel } from './ErrorPanel';
import { useCurrentUser } from '../api/currentUser';
import { useI18n } from '../i18n/I18nProvider';
import { useFollow, useMyFollows, useUnfollow, type FollowKind } from '../api/follows';

interface FollowButtonProps {
  kind: FollowKind;
  /** A city's slug, an SDG number, a theme key, a series name or a programme id. */
  followKey: string;
  /** What is followed, for the button's accessible name: "Follow Izmir". */
  label: string;
}

/**
 * Follows or stops following a city, an SDG, a theme, a session series or a programme;
 * what is followed comes in the weekly digest. Visitors see nothing: following needs an account.
 */
export function FollowButton({ kind, followKey, label }: FollowButtonProps) {
  const { t } = useI18n();
  const { data: user } = useCurrentUser();
  const follows = useMyFollows(Boolean(user));
  const follow = useFollow();
  const unfollow = useUnfollow();
  if (!user || follows.isPending) return null;
  if (follows.isError) return <ErrorPanel error={follows.error} />;
  const existing = follows.data.find((item) => item.kind === kind && item.key === followKey);
  const pending = follow.isPending || unfollow.isPending;
  return (
    <div className="follow-button">
      <button
        type="button"
        className={`button button--small${existing ? ' button--secondary' : ''}`}
        aria-pressed={existing ? 'true' : 'false'}
        aria-label={
          existing ? t('Following {name}', { name: label }) : t('Follow {name}', { name: label })
        }
        disabled={pending}
        onClick={() =>
          existing ? unfollow.mutate(existing.id) : follow.mutate({ kind, key: followKey })
        }
      >
        {existing ? t('Following') : t('Follow')}
      </button>
      {(follow.isError || unfollow.isError) && (
        <ErrorPanel error={follow.error ?? unfollow.error} />
      )}
    </div>
  );
}
