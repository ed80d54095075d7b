import { useI18n } from '../../../i18n/I18nProvider';
import { statusLabel } from '../labels';
import { SdgCheckboxes } from '../../../components/SdgCheckboxes';
import { STATUS_SYMBOLS } from '../StatusBadge';
import { STATUSES } from '../types';
import { useCities } from '../../../api/cities';
import { useThemes } from '../../../api/taxonomy';
import { filterCount, type InitiativeFilters } from './filters';
import { toggled } from '../../../components/selection';
import { CheckboxFilter, FilterGroup, FilterPanel } from '../../../components/FilterGroup';

interface MapFiltersProps {
  filters: InitiativeFilters;
  onChange(filters: InitiativeFilters): void;
}

/** City, goal, theme and status filters: any of the values chosen within each, all groups together. */
export function MapFilters({ filters, onChange }: MapFiltersProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const cities = useCities();
  const themes = useThemes();
  return (
    <FilterPanel
      titleId="filters-title"
      activeCount={filterCount(filters)}
      onClear={() => onChange({ city: [], sdg: [], theme: [], status: [] })}
    >
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
    </FilterPanel>
  );
}
