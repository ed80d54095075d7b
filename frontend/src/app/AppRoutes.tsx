import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { matchRoutes, Outlet, Route, Routes } from 'react-router';
import { Loading } from '../components/Loading';
import { completeLoadedCatalogs } from '../i18n/catalogs';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { HomePage } from '../features/home/HomePage';
import { AppLayout } from './AppLayout';

/**
 * A page whose code is a chunk of its own, loaded when its route is first
 * opened together with the rest of the reader's catalog (only the home page
 * and the messages it needs are in the first download). `preload` starts
 * that early: `main.tsx` does it, beside the catalog, for the page the reader
 * opened first, which then renders at once, without "Loading…" in between.
 */
interface LazyPage extends LazyExoticComponent<ComponentType> {
  preload(): Promise<ComponentType>;
}

function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let component: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  function preload() {
    loading ??= Promise.all([load(), completeLoadedCatalogs()]).then(
      ([loaded]) => (component = loaded),
      (error: unknown) => {
        // Not fetched (offline for a moment): the next try loads it afresh, e.g. the
        // first render after a failed preload; a page that fails to render shows the error page.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  }
  const page = lazy(() => {
    if (component === undefined) return preload().then((loaded) => ({ default: loaded }));
    // Loaded already (preloaded): a thenable that answers at once lets React
    // render the page in this pass instead of suspending for a tick.
    const ready = { default: component };
    const now = { then: (resolve: (value: typeof ready) => void) => resolve(ready) };
    return now as unknown as Promise<typeof ready>;
  });
  return Object.assign(page, { preload });
}

// Only administrators, organisers and delegates open some of these.
const DeletedPage = lazyPage(() =>
  import('../features/admin/DeletedPage').then((module) => module.default),
);
const ModerationPage = lazyPage(() =>
  import('../features/admin/ModerationPage').then((module) => module.default),
);
const AuditLogPage = lazyPage(() =>
  import('../features/admin/AuditLogPage').then((module) => module.default),
);
const SessionFormPage = lazyPage(() =>
  import('../features/sessions/SessionFormPage').then((module) => module.default),
);
const SessionBookingsPage = lazyPage(() =>
  import('../features/sessions/SessionBookingsPage').then((module) => module.default),
);
const PracticeFormPage = lazyPage(() =>
  import('../features/practices/PracticeFormPage').then((module) => module.PracticeFormPage),
);
const MapPage = lazyPage(() =>
  import('../features/initiatives/map/MapPage').then((module) => module.MapPage),
);
const InitiativeFormPage = lazyPage(() =>
  import('../features/initiatives/InitiativeFormPage').then((module) => module.InitiativeFormPage),
);
const SessionsPage = lazyPage(() =>
  import('../features/sessions/SessionsPage').then((module) => module.SessionsPage),
);
const MyBookingsPage = lazyPage(() =>
  import('../features/sessions/MyBookingsPage').then((module) => module.MyBookingsPage),
);
const CertificatePage = lazyPage(() =>
  import('../features/sessions/CertificatePage').then((module) => module.CertificatePage),
);
const FollowsPage = lazyPage(() =>
  import('../features/follows/FollowsPage').then((module) => module.FollowsPage),
);
const SdgPage = lazyPage(() =>
  import('../features/follows/SdgPage').then((module) => module.SdgPage),
);
const ExchangeRequestsPage = lazyPage(() =>
  import('../features/partners/ExchangeRequestsPage').then((module) => module.ExchangeRequestsPage),
);
const PracticesPage = lazyPage(() =>
  import('../features/practices/PracticesPage').then((module) => module.PracticesPage),
);
const PracticePage = lazyPage(() =>
  import('../features/practices/PracticePage').then((module) => module.PracticePage),
);
const ProgrammesPage = lazyPage(() =>
  import('../features/programmes/ProgrammesPage').then((module) => module.ProgrammesPage),
);
const ProgrammeFormPage = lazyPage(() =>
  import('../features/programmes/ProgrammeFormPage').then((module) => module.ProgrammeFormPage),
);
const ProgrammePage = lazyPage(() =>
  import('../features/programmes/ProgrammePage').then((module) => module.ProgrammePage),
);
const ActionFormPage = lazyPage(() =>
  import('../features/programmes/ActionFormPage').then((module) => module.ActionFormPage),
);
const ActionPage = lazyPage(() =>
  import('../features/programmes/ActionPage').then((module) => module.ActionPage),
);
const JourneysPage = lazyPage(() =>
  import('../features/journeys/JourneysPage').then((module) => module.JourneysPage),
);
const JourneyFormPage = lazyPage(() =>
  import('../features/journeys/JourneyFormPage').then((module) => module.JourneyFormPage),
);
const TracksPage = lazyPage(() =>
  import('../features/tracks/TracksPage').then((module) => module.TracksPage),
);
const TrackFormPage = lazyPage(() =>
  import('../features/tracks/TrackFormPage').then((module) => module.TrackFormPage),
);
const MyTracksPage = lazyPage(() =>
  import('../features/tracks/MyTracksPage').then((module) => module.MyTracksPage),
);
const SearchPage = lazyPage(() =>
  import('../features/search/SearchPage').then((module) => module.SearchPage),
);
const CitiesPage = lazyPage(() =>
  import('../features/cities/CitiesPage').then((module) => module.CitiesPage),
);
const CityReportPage = lazyPage(() =>
  import('../features/reports/CityReportPage').then((module) => module.CityReportPage),
);
const WorkspacePage = lazyPage(() =>
  import('../features/workspace/WorkspacePage').then((module) => module.WorkspacePage),
);
const LoginPage = lazyPage(() =>
  import('../features/accounts/LoginPage').then((module) => module.LoginPage),
);
const RegisterPage = lazyPage(() =>
  import('../features/accounts/RegisterPage').then((module) => module.RegisterPage),
);

// Pages that show another feature's part load both together, in one step.

const InitiativeRoute = lazyPage(async () => {
  const [{ InitiativePage }, { InitiativeActions }] = await Promise.all([
    import('../features/initiatives/InitiativePage'),
    import('../features/programmes/InitiativeActions'),
  ]);
  return function InitiativeRoute() {
    return (
      <InitiativePage
        renderFollowUp={(initiative) => <InitiativeActions initiativeId={initiative.id} />}
      />
    );
  };
});

const SessionRoute = lazyPage(async () => {
  const [{ SessionPage }, { SessionPathFacts }] = await Promise.all([
    import('../features/sessions/SessionPage'),
    import('./SessionPathFacts'),
  ]);
  return function SessionRoute() {
    return <SessionPage renderFacts={(session) => <SessionPathFacts session={session} />} />;
  };
});

const JourneyRoute = lazyPage(async () => {
  const [{ JourneyPage }, { SessionCardList }] = await Promise.all([
    import('../features/journeys/JourneyPage'),
    import('../features/sessions/SessionCard'),
  ]);
  return function JourneyRoute() {
    return <JourneyPage renderSessions={(sessions) => <SessionCardList sessions={sessions} />} />;
  };
});

const TrackRoute = lazyPage(async () => {
  const [{ TrackPage }, { SessionCardList }] = await Promise.all([
    import('../features/tracks/TrackPage'),
    import('../features/sessions/SessionCard'),
  ]);
  return function TrackRoute() {
    return <TrackPage renderSessions={(sessions) => <SessionCardList sessions={sessions} />} />;
  };
});

const CityRoute = lazyPage(async () => {
  const [{ CityPage }, { CityInitiatives }, { CityProgrammes }, { FindPartners }] =
    await Promise.all([
      import('../features/cities/CityPage'),
      import('../features/initiatives/CityInitiatives'),
      import('../features/programmes/CityProgrammes'),
      import('../features/partners/FindPartners'),
    ]);
  return function CityRoute() {
    return (
      <CityPage
        renderInitiatives={(city) => <CityInitiatives city={city} />}
        renderProgrammes={(city) => <CityProgrammes city={city} />}
        renderPartners={(city, sdg, title) => (
          <FindPartners slug={city.slug} sdg={sdg} sdgTitle={title} />
        )}
      />
    );
  };
});

/** Every page but the home and the not-found ones, by its route's path. */
const PAGES: ReadonlyArray<readonly [path: string, page: LazyPage]> = [
  ['map', MapPage],
  ['initiatives/new', InitiativeFormPage],
  ['initiatives/:id', InitiativeRoute],
  ['initiatives/:id/edit', InitiativeFormPage],
  ['sessions', SessionsPage],
  ['sessions/new', SessionFormPage],
  ['sessions/:id', SessionRoute],
  ['sessions/:id/edit', SessionFormPage],
  ['sessions/:id/bookings', SessionBookingsPage],
  ['me/bookings', MyBookingsPage],
  ['me/follows', FollowsPage],
  ['exchange-requests', ExchangeRequestsPage],
  ['sdgs/:number', SdgPage],
  ['certificates/:code', CertificatePage],
  ['practices', PracticesPage],
  ['practices/new', PracticeFormPage],
  ['practices/:id', PracticePage],
  ['practices/:id/edit', PracticeFormPage],
  ['programmes', ProgrammesPage],
  ['programmes/new', ProgrammeFormPage],
  ['programmes/:id', ProgrammePage],
  ['programmes/:id/edit', ProgrammeFormPage],
  ['programmes/:programmeId/actions/new', ActionFormPage],
  ['actions/:id', ActionPage],
  ['actions/:id/edit', ActionFormPage],
  ['journeys', JourneysPage],
  ['journeys/new', JourneyFormPage],
  ['journeys/:id', JourneyRoute],
  ['tracks', TracksPage],
  ['tracks/new', TrackFormPage],
  ['tracks/:id', TrackRoute],
  ['tracks/:id/edit', TrackFormPage],
  ['me/tracks', MyTracksPage],
  ['search', SearchPage],
  ['cities', CitiesPage],
  ['cities/:slug', CityRoute],
  ['cities/:slug/report', CityReportPage],
  ['cities/:slug/audit', AuditLogPage],
  ['workspace', WorkspacePage],
  ['moderation', ModerationPage],
  ['admin/deleted', DeletedPage],
  ['login', LoginPage],
  ['register', RegisterPage],
];

/** Starts loading the page at `pathname` if it is a lazily loaded one; undefined if not. */
export function preloadPage(pathname: string): Promise<unknown> | undefined {
  const path = matchRoutes(
    PAGES.map(([path]) => ({ path })),
    pathname,
  )?.[0]?.route.path;
  return PAGES.find(([candidate]) => candidate === path)?.[1].preload();
}

/**
 * While a page's code loads, the layout stays and the page's place shows
 * "Loading…" (a status message), as it does while a page's data loads.
 */
function LazyPages() {
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route element={<LazyPages />}>
          {PAGES.map(([path, Page]) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
