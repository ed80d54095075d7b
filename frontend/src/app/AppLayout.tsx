import { useEffect, useRef, type RefObject } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { RenderErrorPage } from '../features/errors/RenderErrorPage';
import { useI18n } from '../i18n/I18nProvider';
import { SiteHeader } from './SiteHeader';

/**
 * After a navigation, starts the new page at its top and moves focus to its
 * content, so keyboard and screen-reader users land on it.
 */
function useFocusOnNavigation(target: RefObject<HTMLElement | null>, pathname: string) {
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    target.current?.focus({ preventScroll: true });
  }, [pathname, target]);
}

export function AppLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef, pathname);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('Skip to main content')}
      </a>
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {/* A page that fails shows its error here, and the next navigation starts afresh. */}
        <ErrorBoundary key={pathname} fallback={<RenderErrorPage />}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('Polylog: cities sharing what works for a sustainable future.')}</p>
        </div>
      </footer>
    </>
  );
}
