import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The page's Atom feed: announced in the document head (`<link rel="alternate">`, for feed
 * readers) while the page is shown, and offered as a visible link.
 */
export function FeedLink({ path, title }: { path: string; title: string }) {
  const { t, language } = useI18n();
  const href = `${path}?lang=${language}`;
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = title;
    link.href = href;
    document.head.appendChild(link);
    return () => link.remove();
  }, [href, title]);
  return (
    <a className="feed-link" href={href} type="application/atom+xml">
      {t('Atom feed')}
    </a>
  );
}
