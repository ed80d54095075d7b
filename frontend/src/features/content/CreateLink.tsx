import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RoleNeeded } from './permissions';
import { useActingCities } from './useActingCities';

/** The button to new content, shown to those who may write it for some city. */
export function CreateLink({
  role,
  to,
  children,
}: {
  role: RoleNeeded;
  to: string;
  children: ReactNode;
}) {
  if (useActingCities(role).length === 0) return null;
  return (
    <p>
      <Link className="button" to={to}>
        {children}
      </Link>
    </p>
  );
}
