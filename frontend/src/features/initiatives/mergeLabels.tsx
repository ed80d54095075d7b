import { useI18n } from '../../i18n/I18nProvider';
import type { MergeLabels } from '../content/MergeView';
import type { Location } from './initiativeKind';
import { TEXT_FIELDS } from './types';
import { fieldLabel, statusLabel, textFieldLabel } from './labels';
import { isStatus } from './types';

/** How the merge view names and shows an initiative's fields: dates in the reader's calendar, … */
export function useInitiativeMergeLabels(): MergeLabels {
  const i18n = useI18n();
  const { t, format } = i18n;
  return {
    title: t('Someone else changed this initiative while you were editing'),
    textFields: TEXT_FIELDS,
    fieldLabel,
    textFieldLabel,
    renderValue(key, value) {
      switch (key) {
        case 'status':
          return isStatus(value) ? statusLabel(value, i18n) : String(value);
        case 'start_date':
        case 'end_date':
          return format.day(String(value));
        case 'location': {
          const location = value as Location;
          const coordinates = t('{lat}, {lng}', {
            lat: Number.isFinite(location.lat)
              ? format.number(location.lat, { maximumFractionDigits: 4 })
              : '?',
            lng: Number.isFinite(location.lng)
              ? format.number(location.lng, { maximumFractionDigits: 4 })
              : '?',
          });
          return location.district ? `${location.district} (${coordinates})` : coordinates;
        }
        default:
          return undefined;
      }
    },
  };
}
