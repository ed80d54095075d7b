import type { CurrentUser } from '../../api/currentUser';
import { canPublishFor } from '../content/permissions';
import type { PracticeSummary } from './types';

/** Delegates of the owning city and platform admins edit a practice and answer its questions. */
export function canManage(
  user: CurrentUser | null | undefined,
  practice: PracticeSummary,
): boolean {
  return canPublishFor(user, practice.city);
}

/**
 * The cities for which the user can say "we are adopting this": the cities
 * they are a delegate of, other than the owner, that have not adopted it yet.
 */
export function adoptingCities(
  user: CurrentUser | null | undefined,
  practice: PracticeSummary,
): string[] {
  if (!user) return [];
  const adopted = new Set(practice.adopted_by.map((adoption) => adoption.city));
  return [
    ...new Set(
      user.memberships
        .filter((membership) => membership.role === 'delegate')
        .map((membership) => membership.city),
    ),
  ].filter((city) => city !== practice.city && !adopted.has(city));
}

/** Whether the user may withdraw the adoption of `city`: its delegates and platform admins. */
export function canWithdraw(user: CurrentUser | null | undefined, city: string): boolean {
  return canPublishFor(user, city);
}
