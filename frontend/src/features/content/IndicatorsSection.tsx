import { IndicatorCard } from './indicators/IndicatorCard';
import { IndicatorForm } from './indicators/IndicatorForm';
import type { Indicator, IndicatorOwner } from './indicators/queries';

interface IndicatorsSectionProps {
  /** The heading's id, unique on the page: "initiative-indicators". */
  headingId: string;
  /** What the owner calls its indicators: "Indicators", "Targets". */
  heading: string;
  /** What the section says while there are none. */
  none: string;
  indicators: readonly Indicator[];
  /** The language the page shows the owner in; the indicators' names follow it. */
  language: string;
  owner: IndicatorOwner;
  /** Whether the reader may add indicators and measure them. */
  canEdit: boolean;
  /** The add button's and form's title: "Add indicator", "Add a target". */
  addLabel: string;
}

/** An initiative's indicators or a programme's targets, with the form to add one for its keepers. */
export function IndicatorsSection(props: IndicatorsSectionProps) {
  const { headingId, indicators, owner, canEdit } = props;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      {indicators.length === 0 ? (
        <p>{props.none}</p>
      ) : (
        <ul className="indicators">
          {indicators.map((indicator) => (
            <IndicatorCard
              key={indicator.id}
              indicator={indicator}
              language={props.language}
              canEdit={canEdit}
              refresh={owner.refresh}
            />
          ))}
        </ul>
      )}
      {canEdit && <IndicatorForm owner={owner} addLabel={props.addLabel} />}
    </section>
  );
}
