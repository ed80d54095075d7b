import { Route, Routes } from 'react-router';
import type { components } from '../api/schema';
import { AuditLogRoute, DeletedRoute, ModerationRoute } from '../features/admin/routes';
import { LoginPage } from '../features/accounts/LoginPage';
import { RegisterPage } from '../features/accounts/RegisterPage';
import { CitiesPage } from '../features/cities/CitiesPage';
import { CityPage } from '../features/cities/CityPage';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { FollowsPage } from '../features/follows/FollowsPage';
import { SdgPage } from '../features/follows/SdgPage';
import { HomePage } from '../features/home/HomePage';
import { CityInitiatives } from '../features/initiatives/CityInitiatives';
import { InitiativeFormPage } from '../features/initiatives/InitiativeFormPage';
import { InitiativePage } from '../features/initiatives/InitiativePage';
import { MapPage } from '../features/initiatives/map/MapPage';
import { ExchangeRequestsPage } from '../features/partners/ExchangeRequestsPage';
import { FindPartners } from '../features/partners/FindPartners';
import { PracticeFormRoute } from '../features/practices/editorRoute';
import { PracticePage } from '../features/practices/PracticePage';
import { PracticesPage } from '../features/practices/PracticesPage';
import { ActionFormPage } from '../features/programmes/ActionFormPage';
import { ActionPage } from '../features/programmes/ActionPage';
import { CityProgrammes } from '../features/programmes/CityProgrammes';
import { InitiativeActions } from '../features/programmes/InitiativeActions';
import { ProgrammeFormPage } from '../features/programmes/ProgrammeFormPage';
import { ProgrammePage } from '../features/programmes/ProgrammePage';
import { ProgrammesPage } from '../features/programmes/ProgrammesPage';
import { CityReportPage } from '../features/reports/CityReportPage';
import { JourneyFormPage } from '../features/journeys/JourneyFormPage';
import { JourneyPage } from '../features/journeys/JourneyPage';
import { JourneysPage } from '../features/journeys/JourneysPage';
import { MyTracksPage } from '../features/tracks/MyTracksPage';
import { TrackFormPage } from '../features/tracks/TrackFormPage';
import { TrackPage } from '../features/tracks/TrackPage';
import { TracksPage } from '../features/tracks/TracksPage';
import { SearchPage } from '../features/search/SearchPage';
import { CertificatePage } from '../features/sessions/CertificatePage';
import { MyBookingsPage } from '../features/sessions/MyBookingsPage';
import { SessionBookingsRoute, SessionFormRoute } from '../features/sessions/organiserPages';
import { SessionCardList } from '../features/sessions/SessionCard';
import { SessionPage } from '../features/sessions/SessionPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { WorkspacePage } from '../features/workspace/WorkspacePage';
import { AppLayout } from './AppLayout';
import { SessionPathFacts } from './SessionPathFacts';

type SessionSummary = components['schemas']['SessionListItem'];

const sessionCards = (sessions: readonly SessionSummary[]) => (
  <SessionCardList sessions={sessions} />
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="map" element={<MapPage />} />
        <Route path="initiatives/new" element={<InitiativeFormPage />} />
        <Route
          path="initiatives/:id"
          element={
            <InitiativePage
              renderFollowUp={(initiative) => <InitiativeActions initiativeId={initiative.id} />}
            />
          }
        />
        <Route path="initiatives/:id/edit" element={<InitiativeFormPage />} />
        <Route path="sessions" element={<SessionsPage />} />
        <Route path="sessions/new" element={<SessionFormRoute />} />
        <Route
          path="sessions/:id"
          element={
            <SessionPage renderFacts={(session) => <SessionPathFacts session={session} />} />
          }
        />
        <Route path="sessions/:id/edit" element={<SessionFormRoute />} />
        <Route path="sessions/:id/bookings" element={<SessionBookingsRoute />} />
        <Route path="me/bookings" element={<MyBookingsPage />} />
        <Route path="me/follows" element={<FollowsPage />} />
        <Route path="exchange-requests" element={<ExchangeRequestsPage />} />
        <Route path="sdgs/:number" element={<SdgPage />} />
        <Route path="certificates/:code" element={<CertificatePage />} />
        <Route path="practices" element={<PracticesPage />} />
        <Route path="practices/new" element={<PracticeFormRoute />} />
        <Route path="practices/:id" element={<PracticePage />} />
        <Route path="practices/:id/edit" element={<PracticeFormRoute />} />
        <Route path="programmes" element={<ProgrammesPage />} />
        <Route path="programmes/new" element={<ProgrammeFormPage />} />
        <Route path="programmes/:id" element={<ProgrammePage />} />
        <Route path="programmes/:id/edit" element={<ProgrammeFormPage />} />
        <Route path="programmes/:programmeId/actions/new" element={<ActionFormPage />} />
        <Route path="actions/:id" element={<ActionPage />} />
        <Route path="actions/:id/edit" element={<ActionFormPage />} />
        <Route path="journeys" element={<JourneysPage />} />
        <Route path="journeys/new" element={<JourneyFormPage />} />
        <Route path="journeys/:id" element={<JourneyPage renderSessions={sessionCards} />} />
        <Route path="tracks" element={<TracksPage />} />
        <Route path="tracks/new" element={<TrackFormPage />} />
        <Route path="tracks/:id" element={<TrackPage renderSessions={sessionCards} />} />
        <Route path="tracks/:id/edit" element={<TrackFormPage />} />
        <Route path="me/tracks" element={<MyTracksPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="cities" element={<CitiesPage />} />
        <Route
          path="cities/:slug"
          element={
            <CityPage
              renderInitiatives={(city) => <CityInitiatives city={city} />}
              renderProgrammes={(city) => <CityProgrammes city={city} />}
              renderPartners={(city, sdg, title) => (
                <FindPartners slug={city.slug} sdg={sdg} sdgTitle={title} />
              )}
            />
          }
        />
        <Route path="cities/:slug/report" element={<CityReportPage />} />
        <Route path="cities/:slug/audit" element={<AuditLogRoute />} />
        <Route path="workspace" element={<WorkspacePage />} />
        <Route path="moderation" element={<ModerationRoute />} />
        <Route path="admin/deleted" element={<DeletedRoute />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
