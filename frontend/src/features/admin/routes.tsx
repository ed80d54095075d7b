import { lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';

// Only administrators open these pages: their code loads when they do.
const DeletedPage = lazy(() => import('./DeletedPage'));
const ModerationPage = lazy(() => import('./ModerationPage'));
const AuditLogPage = lazy(() => import('./AuditLogPage'));

/** Deleted items of every kind, to restore (`/admin/deleted`). */
export function DeletedRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <DeletedPage />
    </Suspense>
  );
}

/** Reported questions and answers (`/moderation`). */
export function ModerationRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <ModerationPage />
    </Suspense>
  );
}

/** A city's audit log (`/cities/:slug/audit`). */
export function AuditLogRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <AuditLogPage />
    </Suspense>
  );
}
