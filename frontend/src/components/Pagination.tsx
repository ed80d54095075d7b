import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

interface PaginationProps {
  page: number;
  total: number;
  perPage: number;
  /** What the navigation is called: "Pages of the list". */
  label: string;
  /** The address of another page of the same list. */
  linkTo(page: number): string;
}

/** Previous and next links around "Page 2 of 5"; nothing when everything fits on one page. */
export function Pagination({ page, total, perPage, label, linkTo }: PaginationProps) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link to={linkTo(page - 1)}>{t('Previous page')}</Link> : <span />}
      <span>{t('Page {page} of {pages}', { page, pages })}</span>
      {page < pages ? <Link to={linkTo(page + 1)}>{t('Next page')}</Link> : <span />}
    </nav>
  );
}
