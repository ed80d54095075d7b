import type { CurrentUser } from '../../api/currentUser';
import type { components } from '../../api/schema';

type CityRole = components['schemas']['Role'];

/** Whether the user holds `role` in `city`; platform admins act for every city. */
export function canActFor(
  user: CurrentUser | null | undefined,
  city: string,
  role: CityRole,
): boolean {
  if (!user) return false;
  return (
    user.is_admin ||
    user.memberships.some((membership) => membership.city === city && membership.role === role)
  );
}

/** The cities where the user holds `role`, or every city for a platform admin. */
export function citiesActingAs(
  user: CurrentUser | null | undefined,
  allCities: readonly string[],
  role: CityRole,
): string[] {
  if (!user) return [];
  if (user.is_admin) return [...allCities];
  return [
    ...new Set(
      user.memberships
        .filter((membership) => membership.role === role)
        .map((membership) => membership.city),
    ),
  ];
}

/** Delegates of the city and platform admins publish and maintain its initiatives and practices. */
export const canPublishFor = (user: CurrentUser | null | undefined, city: string) =>
  canActFor(user, city, 'delegate');

export const publishingCities = (
  user: CurrentUser | null | undefined,
  allCities: readonly string[],
) => citiesActingAs(user, allCities, 'delegate');

/** Organisers of the host city and platform admins schedule its sessions and manage their bookings. */
export const canOrganise = (user: CurrentUser | null | undefined, city: string) =>
  canActFor(user, city, 'organiser');

export const organisingCities = (
  user: CurrentUser | null | undefined,
  allCities: readonly string[],
) => citiesActingAs(user, allCities, 'organiser');
