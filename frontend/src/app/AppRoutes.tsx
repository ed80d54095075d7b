import { Route, Routes } from 'react-router';
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
import { SearchPage } from '../features/search/SearchPage';
import { CertificatePage } from '../features/sessions/CertificatePage';
import { MyBookingsPage } from '../features/sessions/MyBookingsPage';
import { SessionBookingsRoute, SessionFormRoute } from '../features/sessions/organiserPages';
import { SessionPage } from '../features/sessions/SessionPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { AppLayout } from './AppLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="map" element={<MapPage />} />
        <Route path="initiatives/new" element={<InitiativeFormPage />} />
        <Route path="initiatives/:id" element={<InitiativePage />} />
        <Route path="initiatives/:id/edit" element={<InitiativeFormPage />} />
        <Route path="sessions" element={<SessionsPage />} />
        <Route path="sessions/new" element={<SessionFormRoute />} />
        <Route path="sessions/:id" element={<SessionPage />} />
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
        <Route path="search" element={<SearchPage />} />
        <Route path="cities" element={<CitiesPage />} />
        <Route
          path="cities/:slug"
          element={
            <CityPage
              renderInitiatives={(city) => <CityInitiatives city={city} />}
              renderPartners={(city, sdg, title) => (
                <FindPartners slug={city.slug} sdg={sdg} sdgTitle={title} />
              )}
            />
          }
        />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
