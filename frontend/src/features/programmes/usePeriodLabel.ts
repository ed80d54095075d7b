import { useI18n } from '../../i18n/I18nProvider';
import { periodParts } from './quarters';

/** "2026-Q3" in the reader's words and digits: "Q3 2026", "۱۴۰۵ – سه‌ماهه ۳". */
export function usePeriodLabel(): (period: string) => string {
  const { t, format } = useI18n();
  return (period) => {
    const parts = periodParts(period);
    if (parts === null) return period;
    return t('Q{quarter} {year}', {
      quarter: format.number(parts.quarter),
      year: format.number(parts.year, { useGrouping: false }),
    });
  };
}
