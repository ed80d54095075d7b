import type { CurrentUser } from '../../api/currentUser';
import { canActFor } from '../content/permissions';
import type { JourneySummary } from './types';

/** The coach city's administrators (and platform admins) start journeys. */
export const canStartFor = (user: CurrentUser | null | undefined, city: string) =>
  canActFor(user, city, 'city_admin');

/** The coachee city's administrators answer the invitation. */
export const canAnswer = (user: CurrentUser | null | undefined, journey: JourneySummary) =>
  journey.status === 'invited' && canActFor(user, journey.coachee_city, 'city_admin');

/** Every member of the coachee city works on the tasks and submits stages. */
export function worksOn(user: CurrentUser | null | undefined, journey: JourneySummary): boolean {
  if (!user) return false;
  return user.is_admin || user.memberships.some((item) => item.city === journey.coachee_city);
}

/** The coach city's administrators and organisers approve or return a stage. */
export const coaches = (user: CurrentUser | null | undefined, journey: JourneySummary) =>
  canActFor(user, journey.coach_city, 'city_admin') ||
  canActFor(user, journey.coach_city, 'organiser');
