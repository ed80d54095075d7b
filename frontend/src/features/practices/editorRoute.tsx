import { lazy, Suspense } from 'react';
import { Loading } from '../../components/Loading';

// Only delegates open the editor: its code (and the Markdown preview's) loads when they do.
const PracticeFormPage = lazy(() =>
  import('./PracticeFormPage').then((module) => ({ default: module.PracticeFormPage })),
);

/** The editor for a new practice (`/practices/new`) or an edit (`/practices/:id/edit`). */
export function PracticeFormRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <PracticeFormPage />
    </Suspense>
  );
}
