import { useI18n } from '../../i18n/I18nProvider';
import { periodLabel } from '../content/auditLabels';

/** "2026-Q3" in the reader's words and digits: "Q3 2026", "فصل ۳ سال ۲۰۲۶". */
export function usePeriodLabel(): (period: string) => string {
  const i18n = useI18n();
  return (period) => periodLabel(period, i18n);
}
