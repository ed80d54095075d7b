import type { ReactNode } from 'react';
import { useCities } from '../api/cities';
import { useThemes } from '../api/taxonomy';
import { useI18n } from '../i18n/I18nProvider';
import { toggled } from './selection';

/** A filter group that folds away, open while something in it is chosen. */
export function FilterGroup({
  title,
  count,
  children,
}: {
  title: string;
  /** How many values are chosen in the group. */
  count: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <details className="filter" open={count > 0 ? true : undefined}>
      <summary>
        {title}
        {count > 0 && <span className="filter__count">{t('({count} chosen)', { count })}</span>}
      </summary>
      <div className="filter__body">{children}</div>
    </details>
  );
}

export interface FilterOption {
  value: string;
  label: string;
  /** A symbol before the label that repeats it for the eye (a status's shape). */
  symbol?: string;
}

/** The checkboxes of one filter group: any of the values chosen. */
export function CheckboxFilter({
  id,
  legend,
  options,
  selected,
  onToggle,
}: {
  id: string;
  legend: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  onToggle(value: string): void;
}) {
  return (
    <fieldset className="checkbox-group">
      <legend className="visually-hidden">{legend}</legend>
      <ul className="checkbox-grid">
        {options.map((option) => (
          <li key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={selected.includes(option.value)}
              onChange={() => onToggle(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>
              {option.symbol && (
                <span
                  className={`status__symbol status__symbol--${option.value}`}
                  aria-hidden="true"
                >
                  {option.symbol}
                </span>
              )}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The filters beside a list: a heading, the groups, and a way to clear them all. */
export function FilterPanel({
  titleId,
  activeCount,
  onClear,
  before,
  after,
  children,
}: {
  titleId: string;
  /** How many filters are set; the clear button shows while any is. */
  activeCount: number;
  onClear(): void;
  /** What comes before the groups (a search box). */
  before?: ReactNode;
  /** What comes after the groups (a note about a series). */
  after?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="filters" aria-labelledby={titleId}>
      <h2 id={titleId} className="filters__title">
        {t('Filters')}
      </h2>
      {before}
      <div className="filters__groups">{children}</div>
      {after}
      {activeCount > 0 && (
        <button type="button" className="button button--small button--secondary" onClick={onClear}>
          {t('Clear all filters')}
        </button>
      )}
    </section>
  );
}

/**
 * A filter group on a fixed list of values (kinds, statuses, languages): `title` is also the
 * legend of its checkboxes, and the values chosen stay in the order of `options`.
 */
export function OrderedFilterGroup<Value extends string>({
  id,
  title,
  options,
  selected,
  onChange,
}: {
  id: string;
  title: string;
  options: readonly (FilterOption & { value: Value })[];
  selected: readonly Value[];
  onChange(values: Value[]): void;
}) {
  return (
    <FilterGroup title={title} count={selected.length}>
      <CheckboxFilter
        id={id}
        legend={title}
        options={options}
        selected={selected}
        onToggle={(value) =>
          onChange(
            options
              .map((option) => option.value)
              .filter((item) => (item === value) !== selected.includes(item)),
          )
        }
      />
    </FilterGroup>
  );
}

/** The cities filter every list has; `title` names it ("City", "Host city"). */
export function CityFilterGroup({
  title,
  selected,
  onChange,
}: {
  title: string;
  selected: readonly string[];
  onChange(cities: string[]): void;
}) {
  const cities = useCities();
  return (
    <FilterGroup title={title} count={selected.length}>
      <CheckboxFilter
        id="filter-city"
        legend={title}
        options={(cities.data ?? []).map((city) => ({ value: city.slug, label: city.name }))}
        selected={selected}
        onToggle={(city) => onChange(toggled(selected, city).sort())}
      />
    </FilterGroup>
  );
}

/** The themes filter every list has. */
export function ThemeFilterGroup({
  selected,
  onChange,
}: {
  selected: readonly string[];
  onChange(themes: string[]): void;
}) {
  const { t } = useI18n();
  const themes = useThemes();
  return (
    <FilterGroup title={t('Themes')} count={selected.length}>
      <CheckboxFilter
        id="filter-theme"
        legend={t('Themes')}
        options={(themes.data ?? []).map((theme) => ({ value: theme.key, label: theme.label }))}
        selected={selected}
        onToggle={(theme) => onChange(toggled(selected, theme).sort())}
      />
    </FilterGroup>
  );
}
