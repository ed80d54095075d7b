import { useI18n } from '../i18n/I18nProvider';
import { SdgHelp } from './SdgHelp';
import { SdgSquare } from './SdgIcon';
import { useSdgs } from '../api/taxonomy';

interface SdgCheckboxesProps {
  id: string;
  legend: string;
  selected: readonly number[];
  onToggle(sdg: number): void;
  error?: string | undefined;
  compact?: boolean;
}

/** The 17 goals as checkboxes, each with its number on its official colour and its title. */
export function SdgCheckboxes({
  id,
  legend,
  selected,
  onToggle,
  error,
  compact = false,
}: SdgCheckboxesProps) {
  const { format } = useI18n();
  const sdgs = useSdgs();
  return (
    <fieldset
      className={`checkbox-group sdg-checkboxes${compact ? ' sdg-checkboxes--compact' : ''}`}
      aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
    >
      <legend>{legend}</legend>
      <SdgHelp id={`${id}-help`} />
      <ul className="sdg-checkboxes__grid">
        {(sdgs.data ?? []).map((sdg) => {
          const inputId = `${id}-${sdg.number}`;
          return (
            <li key={sdg.number}>
              <input
                type="checkbox"
                id={inputId}
                checked={selected.includes(sdg.number)}
                onChange={() => onToggle(sdg.number)}
              />
              <label htmlFor={inputId}>
                <SdgSquare sdg={sdg} size="small" />
                <span className="visually-hidden">{format.number(sdg.number)} </span>
                {sdg.title}
              </label>
            </li>
          );
        })}
      </ul>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
