import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCityName } from '../api/cities';
import { useSdgLookup, useThemeLabel } from '../api/taxonomy';
import { useI18n } from '../i18n/I18nProvider';
import { SdgIcon } from './SdgIcon';

/** One term and its description in a page's facts (a `dl`). */
export function Fact({
  term,
  className,
  children,
}: {
  term: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}

/** The goals as icons with their titles; nothing when there are none. */
export function SdgFact({ sdgs }: { sdgs: readonly number[] }) {
  const { t } = useI18n();
  const sdg = useSdgLookup();
  if (sdgs.length === 0) return null;
  return (
    <Fact term={t('Sustainable Development Goals')}>
      <ul className="sdg-list">
        {sdgs.map((number) => (
          <li key={number}>
            <SdgIcon number={number} size="small" />
            <span aria-hidden="true">{sdg(number)?.title}</span>
          </li>
        ))}
      </ul>
    </Fact>
  );
}

/** The themes as labels; nothing when there are none. */
export function ThemeFact({ themes }: { themes: readonly string[] }) {
  const { t } = useI18n();
  const themeLabel = useThemeLabel();
  if (themes.length === 0) return null;
  return (
    <Fact term={t('Themes')}>
      <ul className="labels">
        {themes.map((theme) => (
          <li key={theme} className="label">
            {themeLabel(theme)}
          </li>
        ))}
      </ul>
    </Fact>
  );
}

/** The city the content belongs to, linked to its page. */
export function CityFact({ term, slug }: { term: string; slug: string }) {
  const cityName = useCityName();
  return (
    <Fact term={term}>
      <Link to={`/cities/${slug}`}>{cityName(slug)}</Link>
    </Fact>
  );
}

/**
 * A detail page's facts beside its content (below it on narrow screens), named
 * for screen readers; `after` is what explains them (a help note, times in other cities).
 */
export function FactsAside({ children, after }: { children: ReactNode; after?: ReactNode }) {
  const { t } = useI18n();
  return (
    <aside className="initiative-layout__facts" aria-label={t('Facts')}>
      <dl className="facts">{children}</dl>
      {after}
    </aside>
  );
}
