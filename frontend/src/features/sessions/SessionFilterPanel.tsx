import { InputField } from '../../components/FormFields';
import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGES } from '../../i18n/languages';
import { filterCount, NO_SESSION_FILTERS, type SessionFilters } from './filters';
import { kindLabel } from './labels';
import { useSessionFormat } from './SessionTimes';
import { KINDS } from './types';
import {
  CityFilterGroup,
  FilterGroup,
  FilterPanel,
  OrderedFilterGroup,
  ThemeFilterGroup,
} from '../../components/FilterGroup';

interface SessionFilterPanelProps {
  filters: SessionFilters;
  /** The list filters by dates; the calendar by the month it shows. */
  withDates: boolean;
  onChange(filters: SessionFilters): void;
}

/** City, kind, language, theme and date filters: any value within a group, all groups together. */
export function SessionFilterPanel({ filters, withDates, onChange }: SessionFilterPanelProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const sessionFormat = useSessionFormat();
  const dateCount = (filters.from === null ? 0 : 1) + (filters.to === null ? 0 : 1);
  return (
    <FilterPanel
      titleId="session-filters-title"
      activeCount={filterCount(filters)}
      onClear={() => onChange(NO_SESSION_FILTERS)}
      after={
        filters.series !== null && (
          <p className="filters__series">
            {t('Only the series “{series}”', { series: isolate(filters.series) })}{' '}
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => onChange({ ...filters, series: null })}
            >
              {t('Show all series')}
            </button>
          </p>
        )
      }
    >
      <CityFilterGroup
        title={t('Host city')}
        selected={filters.city}
        onChange={(city) => onChange({ ...filters, city })}
      />
      <OrderedFilterGroup
        id="filter-kind"
        title={t('Kind of session')}
        options={KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, i18n) }))}
        selected={filters.kind}
        onChange={(kind) => onChange({ ...filters, kind })}
      />
      <OrderedFilterGroup
        id="filter-language"
        title={t('Spoken language')}
        options={LANGUAGES.map((language) => ({
          value: language,
          label: format.language(language),
        }))}
        selected={filters.language}
        onChange={(language) => onChange({ ...filters, language })}
      />
      <ThemeFilterGroup
        selected={filters.theme}
        onChange={(theme) => onChange({ ...filters, theme })}
      />
      {withDates && (
        <FilterGroup title={t('Dates')} count={dateCount}>
          <div className="field-row">
            <InputField
              id="filter-from"
              label={t('From')}
              type="date"
              value={filters.from ?? ''}
              hint={
                filters.from === null ? t('Empty: from now on.') : sessionFormat.day(filters.from)
              }
              onChange={(event) => onChange({ ...filters, from: event.target.value || null })}
            />
            <InputField
              id="filter-to"
              label={t('Until')}
              type="date"
              value={filters.to ?? ''}
              hint={filters.to === null ? undefined : sessionFormat.day(filters.to)}
              onChange={(event) => onChange({ ...filters, to: event.target.value || null })}
            />
          </div>
        </FilterGroup>
      )}
    </FilterPanel>
  );
}
