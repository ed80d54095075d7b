import { useI18n } from '../../../i18n/I18nProvider';
import { statusLabel } from '../labels';
import { SdgCheckboxes } from '../../../components/SdgCheckboxes';
import { STATUS_SYMBOLS } from '../StatusBadge';
import { STATUSES } from '../types';
import { filterCount, type InitiativeFilters } from './filters';
import { toggled } from '../../../components/selection';
import {
  CityFilterGroup,
  FilterGroup,
  FilterPanel,
  OrderedFilterGroup,
  ThemeFilterGroup,
} from '../../../components/FilterGroup';

interface MapFiltersProps {
  filters: InitiativeFilters;
  onChange(filters: InitiativeFilters): void;
}

/** City, goal, theme and status filters: any of the values chosen within each, all groups together. */
export function MapFilters({ filters, onChange }: MapFiltersProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <FilterPanel
      titleId="filters-title"
      activeCount={filterCount(filters)}
      onClear={() => onChange({ city: [], sdg: [], theme: [], status: [] })}
    >
      <CityFilterGroup
        title={t('City')}
        selected={filters.city}
        onChange={(city) => onChange({ ...filters, city })}
      />
      <OrderedFilterGroup
        id="filter-status"
        title={t('Status')}
        options={STATUSES.map((status) => ({
          value: status,
          label: statusLabel(status, i18n),
          symbol: STATUS_SYMBOLS[status],
        }))}
        selected={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
      />
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
      <ThemeFilterGroup
        selected={filters.theme}
        onChange={(theme) => onChange({ ...filters, theme })}
      />
    </FilterPanel>
  );
}
