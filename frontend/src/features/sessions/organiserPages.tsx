import { lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';

// Only organisers open these pages: their code loads when they do.
const SessionFormPage = lazy(() => import('./SessionFormPage'));
const SessionBookingsPage = lazy(() => import('./SessionBookingsPage'));

/** The form for a new session (`/sessions/new`) or an edit (`/sessions/:id/edit`). */
export function SessionFormRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <SessionFormPage />
    </Suspense>
  );
}

/** An organiser's view of a session's bookings, waitlist and attendance. */
export function SessionBookingsRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <SessionBookingsPage />
    </Suspense>
  );
}
