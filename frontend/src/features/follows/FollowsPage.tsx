import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { QueryView } from '../../components/QueryView';
import { useCurrentUser } from '../../api/currentUser';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import type { I18n } from '../../i18n/I18nProvider';
import {
  useDigestPreview,
  useMyFollows,
  useUnfollow,
  type Digest,
  type FollowKind,
} from '../../api/follows';

function kindName(kind: FollowKind, { t }: Pick<I18n, 't'>): string {
  switch (kind) {
    case 'city':
      return t('City');
    case 'sdg':
      return t('Goal');
    case 'theme':
      return t('Theme');
    case 'series':
      return t('Session series');
    case 'programme':
      return t('Programme');
  }
}

function changeTypeName(type: string, { t }: Pick<I18n, 't'>): string {
  switch (type) {
    case 'initiative':
      return t('Initiative');
    case 'practice':
      return t('Practice');
    case 'session':
      return t('Session');
    case 'programme':
      return t('Programme');
    default:
      return t('Action');
  }
}

function DigestView({ digest }: { digest: Digest }) {
  const i18n = useI18n();
  const { t, tn, format } = i18n;
  if (digest.groups.length === 0) {
    return (
      <EmptyState
        message={t('Nothing changed in what you follow since {date}.', {
          date: format.date(new Date(digest.since)),
        })}
        explanation={t('No digest is sent in a week without news.')}
      />
    );
  }
  return (
    <div className="digest" aria-live="polite">
      <p>
        {tn(
          '{count} change since {date}, grouped by what you follow, newest first.',
          '{count} changes since {date}, grouped by what you follow, newest first.',
          digest.total,
          { date: format.date(new Date(digest.since)) },
        )}
      </p>
      {digest.groups.map((group) => (
        <section key={group.follow.id} aria-labelledby={`digest-${group.follow.id}`}>
          <h3 id={`digest-${group.follow.id}`}>{group.follow.label}</h3>
          <ul className="digest__items">
            {group.items.map((item) => (
              <li key={`${item.type}-${item.id}`}>
                <Link to={item.path} lang={item.language} dir="auto">
                  {item.title}
                </Link>{' '}
                <span className="digest__meta">
                  {changeTypeName(item.type, i18n)} · {item.new ? t('new') : t('changed')} ·{' '}
                  {format.date(new Date(item.updated_at))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** What the signed-in person follows, and their next weekly digest as it would be sent now. */
export function FollowsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data: user, isPending } = useCurrentUser();
  const follows = useMyFollows(Boolean(user));
  const unfollow = useUnfollow();
  const preview = useDigestPreview();
  if (isPending) return <Loading />;
  if (!user) {
    return (
      <Page title={t('What I follow')}>
        <p>
          <Link to="/login">{t('Log in to follow cities, goals and programmes.')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page
      title={t('What I follow')}
      lead={t('A weekly digest e-mail tells you what was published or changed in them.')}
    >
      <QueryView
        query={follows}
        empty={
          <EmptyState
            message={t('You follow nothing yet.')}
            explanation={t('Use the Follow buttons on city, goal and session pages.')}
          />
        }
      >
        {(followed) => (
          <ul className="follow-list">
            {followed.map((item) => (
              <li key={item.id} className="follow-list__item">
                <span className="badge">{kindName(item.kind, i18n)}</span>{' '}
                <Link to={item.path}>
                  <bdi>{item.label}</bdi>
                </Link>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={unfollow.isPending}
                  onClick={() => unfollow.mutate(item.id)}
                  aria-label={t('Stop following {name}', { name: item.label })}
                >
                  {t('Stop following')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <section aria-labelledby="digest-preview">
        <h2 id="digest-preview">{t('Your next digest')}</h2>
        <Button disabled={preview.isPending} onClick={() => preview.mutate(undefined)}>
          {preview.isPending ? t('Loading…') : t('Preview the digest')}
        </Button>
        {preview.isError && <ErrorPanel error={preview.error} />}
        {preview.data && <DigestView digest={preview.data} />}
      </section>
    </Page>
  );
}
