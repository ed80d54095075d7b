import { CardTitle } from '../../components/CardTitle';
import { SdgIconList } from '../../components/SdgIcon';
import { useCityName } from '../../api/cities';
import { StatusBadge } from './StatusBadge';
import type { InitiativeSummary } from './types';

interface InitiativeCardProps {
  initiative: InitiativeSummary;
  headingLevel?: 2 | 3;
  showCity?: boolean;
}

/** An initiative in a list: its title as a link, city, status, summary and goals. */
export function InitiativeCard({
  initiative,
  headingLevel = 3,
  showCity = true,
}: InitiativeCardProps) {
  const cityName = useCityName();
  return (
    <li className="initiative-card">
      <CardTitle
        level={headingLevel}
        className="initiative-card__title"
        to={`/initiatives/${initiative.id}`}
        item={initiative}
      />
      <p className="initiative-card__meta">
        {showCity && <span>{cityName(initiative.city)}</span>}
        <StatusBadge status={initiative.status} />
      </p>
      {initiative.summary && (
        <p className="initiative-card__summary" lang={initiative.language} dir="auto">
          {initiative.summary}
        </p>
      )}
      <SdgIconList sdgs={initiative.sdgs} size="small" />
    </li>
  );
}
