import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { statusLabel } from '../initiatives/labels';
import { SdgCheckboxes } from '../initiatives/SdgCheckboxes';
import { STATUS_SYMBOLS } from '../initiatives/StatusBadge';
import { STATUSES } from '../initiatives/types';
import { useCities } from '../cities/queries';
import { useThemes } from '../taxonomy/queries';
import { filterCount, toggled, type InitiativeFilters } from './filters';

interface MapFiltersProps {
  filters: InitiativeFilters;
  onChange(filters: InitiativeFilters): void;
}

interface Option {
  value: string;
  label: string;
  symbol?: string;
}

function CheckboxFilter({
  id,
  legend,
  options,
  selected,
  onToggle,
}: {
  id: string;
  legend: string;
  options: readonly Option[];
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

function FilterGroup({
  title,
  count,
  children,
}: {
  title: string;
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

/** City, goal, theme and status filters: any of the values chosen within each, all groups together. */
export function MapFilters({ filters, onChange }: MapFiltersProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const cities = useCities();
  const themes = useThemes();
  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="filters__title">
        {t('Filters')}
      </h2>
      <div className="filters__groups">
        <FilterGroup title={t('City')} count={filters.city.length}>
          <CheckboxFilter
            id="filter-city"
            legend={t('City')}
            options={(cities.data ?? []).map((city) => ({ value: city.slug, label: city.name }))}
            selected={filters.city}
            onToggle={(city) => onChange({ ...filters, city: toggled(filters.city, city).sort() })}
          />
        </FilterGroup>
        <FilterGroup title={t('Status')} count={filters.status.length}>
          <CheckboxFilter
            id="filter-status"
            legend={t('Status')}
            options={STATUSES.map((status) => ({
              value: status,
              label: statusLabel(status, i18n),
              symbol: STATUS_SYMBOLS[status],
            }))}
            selected={filters.status}
            onToggle={(status) =>
              onChange({
                ...filters,
                status: STATUSES.filter(
                  (item) => (item === status) !== filters.status.includes(item),
                ),
              })
            }
          />
        </FilterGroup>
        <FilterGroup title={t('Sustainable Development Goals')} count={filters.sdg.length}>
          <SdgCheckboxes
            id="filter-sdg"
            legend={t('Sustainable Development Goals')}
            selected={filters.sdg}
            compact
            onToggle={(sdg) =>
              onChange({ ...filters, sdg: toggled(filters.sdg, sdg).sort((a, b) => a - b) })
            }
          />
        </FilterGroup>
        <FilterGroup title={t('Themes')} count={filters.theme.length}>
          <CheckboxFilter
            id="filter-theme"
            legend={t('Themes')}
            options={(themes.data ?? []).map((theme) => ({ value: theme.key, label: theme.label }))}
            selected={filters.theme}
            onToggle={(theme) =>
              onChange({ ...filters, theme: toggled(filters.theme, theme).sort() })
            }
          />
        </FilterGroup>
      </div>
      {filterCount(filters) > 0 && (
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => onChange({ city: [], sdg: [], theme: [], status: [] })}
        >
          {t('Clear all filters')}
        </button>
      )}
    </section>
  );
}
