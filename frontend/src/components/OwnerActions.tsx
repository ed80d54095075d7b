import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

/** What the owners of a page can do with it: edit it, and the kind's own actions after. */
export function OwnerActions({
  label,
  editTo,
  children,
}: {
  /** Names the group for screen readers: "Manage this practice". */
  label: string;
  /** The editor's address; null when the item cannot be edited any more. */
  editTo: string | null;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="owner-actions" role="group" aria-label={label}>
      {editTo !== null && (
        <Link className="button" to={editTo}>
          {t('Edit')}
        </Link>
      )}
      {children}
    </div>
  );
}
