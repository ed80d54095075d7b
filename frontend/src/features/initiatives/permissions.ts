import type { CurrentUser } from '../accounts/queries';

/** Delegates of the city and platform admins publish and maintain its initiatives. */
export function canPublishFor(user: CurrentUser | null | undefined, city: string): boolean {
  if (!user) return false;
  return (
    user.is_admin ||
    user.memberships.some(
      (membership) => membership.city === city && membership.role === 'delegate',
    )
  );
}

/** The cities a user may publish for: their delegate cities, or every city for an admin. */
export function publishingCities(
  user: CurrentUser | null | undefined,
  allCities: readonly string[],
): string[] {
  if (!user) return [];
  if (user.is_admin) return [...allCities];
  return user.memberships
    .filter((membership) => membership.role === 'delegate')
    .map((membership) => membership.city);
}
