import { useCities } from '../../api/cities';
import { useCurrentUser } from '../../api/currentUser';
import { citiesActingAs, type RoleNeeded } from './permissions';

/** The cities the signed-in user may act for with `role`: every city for a platform admin. */
export function useActingCities(role: RoleNeeded): string[] {
  const { data: user } = useCurrentUser();
  const cities = useCities();
  return citiesActingAs(
    user,
    (cities.data ?? []).map((city) => city.slug),
    role,
  );
}
