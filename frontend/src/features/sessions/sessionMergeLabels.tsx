import { useI18n } from '../../i18n/I18nProvider';
import type { MergeLabels } from '../content/MergeView';
import { fieldLabel, formatLabel, kindLabel, textFieldLabel } from './labels';
import { SESSION_TEXT_FIELDS } from './sessionKind';
import { useSessionFormat } from './SessionTimes';
import { isFormat, isKind } from './types';

/** How the merge view names and shows a session's fields: times on the host's clocks, … */
export function useSessionMergeLabels(zone: string): MergeLabels {
  const i18n = useI18n();
  const { t, format } = i18n;
  const sessionFormat = useSessionFormat();
  return {
    title: t('Someone else changed this session while you were editing'),
    textFields: SESSION_TEXT_FIELDS,
    fieldLabel,
    textFieldLabel,
    renderValue(key, value) {
      switch (key) {
        case 'kind':
          return isKind(value) ? kindLabel(value, i18n) : String(value);
        case 'format':
          return isFormat(value) ? formatLabel(value, i18n) : String(value);
        case 'starts_at':
        case 'ends_at':
        case 'registration_closes_at':
          return sessionFormat.dateTime(new Date(String(value)), zone);
        case 'capacity':
          return format.number(Number(value));
        case 'languages':
          return format.list((value as string[]).map((language) => format.language(language)));
        case 'interpretation':
          return value === true ? t('Interpretation is provided') : t('No interpretation');
        default:
          return undefined;
      }
    },
  };
}
