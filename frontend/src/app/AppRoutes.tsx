import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/accounts/LoginPage';
import { RegisterPage } from '../features/accounts/RegisterPage';
import { CitiesPage } from '../features/cities/CitiesPage';
import { CityPage } from '../features/cities/CityPage';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { HomePage } from '../features/home/HomePage';
import { InitiativeFormPage } from '../features/initiatives/InitiativeFormPage';
import { InitiativePage } from '../features/initiatives/InitiativePage';
import { MapPage } from '../features/map/MapPage';
import { PracticesPage } from '../features/practices/PracticesPage';
import { SearchPage } from '../features/search/SearchPage';
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
        <Route path="practices" element={<PracticesPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="cities" element={<CitiesPage />} />
        <Route path="cities/:slug" element={<CityPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
