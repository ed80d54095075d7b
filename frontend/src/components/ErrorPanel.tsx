import { ApiError } from '../api/problem';
import { useI18n, type I18n } from '../i18n/I18nProvider';

interface ErrorPanelProps {
  error: unknown;
  onRetry?: () => void;
}

function describe(error: unknown, { t }: I18n): { title: string; detail: string } {
  if (error instanceof ApiError) {
    const title =
      error.status === 404 ? t('This page could not be found.') : t('Something went wrong.');
    return { title, detail: error.problem?.detail ?? error.problem?.title ?? error.message };
  }
  if (error instanceof TypeError) {
    return {
      title: t('Polylog could not be reached.'),
      detail: t('Check your internet connection and try again.'),
    };
  }
  return { title: t('Something went wrong.'), detail: t('Please try again in a moment.') };
}

/** A failed request explained in the reader's language, with a retry where it helps. */
export function ErrorPanel({ error, onRetry }: ErrorPanelProps) {
  const i18n = useI18n();
  const { title, detail } = describe(error, i18n);
  const retryable = !(error instanceof ApiError && error.status < 500 && error.status !== 429);
  return (
    <section className="notice notice--error" role="alert">
      <h2 className="notice__title">{title}</h2>
      <p>{detail}</p>
      {onRetry !== undefined && retryable && (
        <button type="button" className="button" onClick={onRetry}>
          {i18n.t('Try again')}
        </button>
      )}
    </section>
  );
}
