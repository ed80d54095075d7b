import { useEffect, useRef, type RefObject } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { RenderErrorPage } from '../features/errors/RenderErrorPage';
import { useI18n } from '../i18n/I18nProvider';
import { SiteHeader } from './SiteHeader';

/** How long a page may take to draw the element its address points at (`#id`), with its data. */
const HASH_WAIT_MS = 5_000;

/** Scrolls to the element with this id and gives it focus, once the page has drawn it. */
function goToElement(id: string, fallback: HTMLElement | null): () => void {
  const deadline = Date.now() + HASH_WAIT_MS;
  let frame = 0;
  const look = () => {
    const element = document.getElementById(id);
    if (element === null) {
      if (Date.now() < deadline) frame = requestAnimationFrame(look);
      else fallback?.focus({ preventScroll: true });
      return;
    }
    // A heading or section is not focusable by itself: focus puts screen readers there.
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  };
  // After this render's effects (the page's own may scroll to the top first).
  frame = requestAnimationFrame(look);
  return () => cancelAnimationFrame(frame);
}

/**
 * After a navigation, starts the new page at its top and moves focus to its
 * content, so keyboard and screen-reader users land on it; an address with
 * `#id` lands on that element instead, once the page has drawn it.
 */
function useFocusOnNavigation(
  target: RefObject<HTMLElement | null>,
  pathname: string,
  hash: string,
) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const firstRender = previous.current === null;
    const samePage = previous.current === pathname;
    previous.current = pathname;
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (id !== '') return goToElement(id, target.current);
    // A change of the query alone (a filter, a chosen goal) stays where the reader is.
    if (firstRender || samePage) return;
    window.scrollTo(0, 0);
    target.current?.focus({ preventScroll: true });
  }, [pathname, hash, target]);
}

export function AppLayout() {
  const { t } = useI18n();
  const { pathname, hash } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef, pathname, hash);
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
