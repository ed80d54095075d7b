import type { CurrentUser } from '../../api/currentUser';

/** The cities whose delegation a user may book for: any city they are a member of. */
export function delegationCities(user: CurrentUser | null | undefined): string[] {
  if (!user) return [];
  return [...new Set(user.memberships.map((membership) => membership.city))];
}
