import { useI18n } from '../i18n/I18nProvider';
import { textColourOn } from './sdgColour';
import { useSdgLookup } from '../api/taxonomy';

const FALLBACK_COLOUR = '#4b5952';

interface SdgIconProps {
  number: number;
  size?: 'small' | 'medium';
}

/** A goal as a square in its official colour with its number; its title is the accessible name. */
export function SdgIcon({ number, size = 'medium' }: SdgIconProps) {
  const { t, format } = useI18n();
  const sdg = useSdgLookup()(number);
  const colour = sdg?.color ?? FALLBACK_COLOUR;
  const name = sdg
    ? t('SDG {number}: {title}', { number, title: sdg.title })
    : t('SDG {number}', { number });
  return (
    <span
      className={`sdg-icon sdg-icon--${size}`}
      style={{ backgroundColor: colour, color: textColourOn(colour) }}
      role="img"
      aria-label={name}
      title={name}
    >
      <span aria-hidden="true">{format.number(number)}</span>
    </span>
  );
}

/**
 * A goal's square in its official colour with its number, hidden from assistive technology:
 * for where the goal's name is given beside it. Without `size`, it keeps the size of `.sdg-icon`.
 */
export function SdgSquare({
  sdg,
  size,
}: {
  sdg: { number: number; color: string };
  size?: 'small';
}) {
  const { format } = useI18n();
  return (
    <span
      className={size ? `sdg-icon sdg-icon--${size}` : 'sdg-icon'}
      style={{ backgroundColor: sdg.color, color: textColourOn(sdg.color) }}
      aria-hidden="true"
    >
      {format.number(sdg.number)}
    </span>
  );
}

/** The goals as a row of icons, in a list. */
export function SdgIconList({
  sdgs,
  size,
}: {
  sdgs: readonly number[];
  size?: 'small' | 'medium';
}) {
  const { t } = useI18n();
  if (sdgs.length === 0) return null;
  return (
    <ul className="sdg-icons" aria-label={t('Sustainable Development Goals')}>
      {sdgs.map((number) => (
        <li key={number}>
          <SdgIcon number={number} size={size} />
        </li>
      ))}
    </ul>
  );
}
