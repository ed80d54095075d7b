import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Loading } from '../../components/Loading';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translator } from '../../i18n/translate';
import type { Revision } from './contentKind';

interface RevisionListProps {
  /** The id of the section's heading, unique on the page: "initiative-revisions". */
  headingId: string;
  revisions: UseQueryResult<Revision[]>;
  /** When version 1 was published. */
  createdAt: string;
  /** The kind's name of a changed top-level field. */
  fieldLabel(field: string, i18n: Pick<Translator, 't'>): string;
}

/**
 * Every change, newest first: who made it, when, and which fields it changed.
 * A revision keeps the state before a change, so revision n is the change to version n + 1.
 */
export function RevisionList({ headingId, ...props }: RevisionListProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Revisions')}</h2>
      <Revisions {...props} />
    </section>
  );
}

function Revisions({ revisions, createdAt, fieldLabel }: Omit<RevisionListProps, 'headingId'>) {
  const i18n = useI18n();
  const { t, format } = i18n;
  if (revisions.isPending) return <Loading />;
  if (revisions.isError) {
    return <ErrorPanel error={revisions.error} onRetry={() => void revisions.refetch()} />;
  }
  return (
    <ol className="revisions" reversed>
      {revisions.data.map((revision) => (
        <li key={revision.version} className="revision">
          <p className="revision__head">
            <strong>{t('Version {version}', { version: revision.version + 1 })}</strong>{' '}
            <time dateTime={revision.changed_at}>
              {format.dateTime(new Date(revision.changed_at))}
            </time>
          </p>
          <p className="revision__who">
            {revision.changed_by
              ? t('Changed by {name}', { name: isolate(revision.changed_by.display_name) })
              : t('Changed by a former member')}
          </p>
          <p className="revision__fields">
            {t('Changed: {fields}', {
              fields: format.list(revision.changed_fields.map((field) => fieldLabel(field, i18n))),
            })}
          </p>
        </li>
      ))}
      <li className="revision">
        <p className="revision__head">
          <strong>{t('Version {version}', { version: 1 })}</strong>{' '}
          <time dateTime={createdAt}>{format.dateTime(new Date(createdAt))}</time>
        </p>
        <p className="revision__fields">{t('Published')}</p>
      </li>
    </ol>
  );
}
