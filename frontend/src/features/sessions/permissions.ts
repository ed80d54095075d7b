import type { CurrentUser } from '../accounts/queries';

/** Organisers of the host city and platform admins schedule its sessions and manage their bookings. */
export function canOrganise(user: CurrentUser | null | undefined, city: string): boolean {
  if (!user) return false;
  return (
    user.is_admin ||
    user.memberships.some(
      (membership) => membership.city === city && membership.role === 'organiser',
    )
  );
}

/** The cities a user may host sessions for: their organiser cities, or every city for an admin. */
export function organisingCities(
  user: CurrentUser | null | undefined,
  allCities: readonly string[],
): string[] {
  if (!user) return [];
  if (user.is_admin) return [...allCities];
  return [
    ...new Set(
      user.memberships
        .filter((membership) => membership.role === 'organiser')
        .map((membership) => membership.city),
    ),
  ];
}

/** The cities whose delegation a user may book for: any city they are a member of. */
export function delegationCities(user: CurrentUser | null | undefined): string[] {
  if (!user) return [];
  return [...new Set(user.memberships.map((membership) => membership.city))];
}
