import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes, preloadPage } from './app/AppRoutes';
import { queryClient } from './app/queryClient';
import { ErrorBoundary } from './components/ErrorBoundary';
import { RenderErrorPage } from './features/errors/RenderErrorPage';
import type { Catalog } from './i18n/catalog';
import { loadCatalog, loadStartCatalog } from './i18n/catalogs';
import { I18nProvider } from './i18n/I18nProvider';
import type { Language } from './i18n/languages';
import { initialLanguage } from './i18n/storedLanguage';
import './styles/index.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const render = (language: Language, catalog: Catalog) => {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider language={language} catalog={catalog}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <ErrorBoundary fallback={<RenderErrorPage />}>
              <AppRoutes />
            </ErrorBoundary>
          </BrowserRouter>
        </QueryClientProvider>
      </I18nProvider>
    </StrictMode>,
  );
};

// Only the reader's catalog is fetched, before the first render, so no page
// flashes in English; if it cannot be fetched, the source texts are shown.
// The home page needs only the start of it. Any other page's code is a chunk
// of its own (app/AppRoutes.tsx): it is fetched beside the whole catalog, so
// the page renders at once.
const language = initialLanguage();
const page = preloadPage(window.location.pathname)?.catch(() => undefined);
const catalog = page === undefined ? loadStartCatalog(language) : loadCatalog(language);
void Promise.all([catalog.catch((): Catalog => ({ messages: {} })), page]).then(([loaded]) =>
  render(language, loaded),
);
