import type { CurrentUser } from '../../api/currentUser';
import type { components } from '../../api/schema';

type CityRole = components['schemas']['Role'];

/** One role, or any of several ("delegate or city admin"). */
export type RoleNeeded = CityRole | readonly CityRole[];

function holds(role: CityRole, needed: RoleNeeded): boolean {
  return typeof needed === 'string' ? role === needed : needed.includes(role);
}

/** Whether the user holds `role` in `city`; platform admins act for every city. */
export function canActFor(
  user: CurrentUser | null | undefined,
  city: string,
  role: RoleNeeded,
): boolean {
  if (!user) return false;
  return (
    user.is_admin ||
    user.memberships.some((membership) => membership.city === city && holds(membership.role, role))
  );
}

/** The cities where the user holds `role`, or every city for a platform admin. */
export function citiesActingAs(
  user: CurrentUser | null | undefined,
  allCities: readonly string[],
  role: RoleNeeded,
): string[] {
  if (!user) return [];
  if (user.is_admin) return [...allCities];
  return [
    ...new Set(
      user.memberships
        .filter((membership) => holds(membership.role, role))
        .map((membership) => membership.city),
    ),
  ];
}

/** Delegates of the city and platform admins publish and maintain its initiatives and practices. */
export const canPublishFor = (user: CurrentUser | null | undefined, city: string) =>
  canActFor(user, city, 'delegate');

/** Organisers of the host city and platform admins schedule its sessions and manage their bookings. */
export const canOrganise = (user: CurrentUser | null | undefined, city: string) =>
  canActFor(user, city, 'organiser');

/** Delegates and city admins of the city, and platform admins, keep its programmes and actions. */
export const PROGRAMME_KEEPERS: readonly CityRole[] = ['delegate', 'city_admin'];

export const canKeepProgrammes = (user: CurrentUser | null | undefined, city: string) =>
  canActFor(user, city, PROGRAMME_KEEPERS);
