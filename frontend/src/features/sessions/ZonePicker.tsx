import { isolate } from '../../i18n/bidi';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentUser } from '../../api/currentUser';
import { useCities } from '../../api/cities';
import { chooseTimeZone, useViewerZone } from './viewerZone';

interface ZoneOption {
  zone: string;
  cities: string[];
  mine: boolean;
}

/**
 * Chooses the zone times are shown in: this device's, or a city's (the
 * user's own cities first). The choice is remembered on this device.
 */
export function ZonePicker() {
  const { t, format } = useI18n();
  const { device, chosen } = useViewerZone();
  const cities = useCities();
  const { data: user } = useCurrentUser();
  const mine = new Set(user?.memberships.map((membership) => membership.city));

  const options: ZoneOption[] = [];
  for (const city of cities.data ?? []) {
    const found = options.find((option) => option.zone === city.timezone);
    if (found) {
      found.cities.push(city.name);
      found.mine ||= mine.has(city.slug);
    } else {
      options.push({ zone: city.timezone, cities: [city.name], mine: mine.has(city.slug) });
    }
  }
  if (chosen !== null && !options.some((option) => option.zone === chosen)) {
    options.push({ zone: chosen, cities: [], mine: false });
  }

  return (
    <div className="field zone-picker">
      <label htmlFor="time-zone">{t('Show times in')}</label>
      <select
        id="time-zone"
        value={chosen ?? ''}
        onChange={(event) => chooseTimeZone(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('This device’s time zone ({zone})', { zone: isolate(device) })}</option>
        {[true, false].map((ofMine) => {
          const group = options.filter((option) => option.mine === ofMine);
          if (group.length === 0) return null;
          return (
            <optgroup key={String(ofMine)} label={ofMine ? t('Your cities') : t('Cities')}>
              {group.map((option) => (
                <option key={option.zone} value={option.zone}>
                  {option.cities.length === 0
                    ? isolate(option.zone)
                    : t('Time in {cities} ({zone})', {
                        cities: format.list(option.cities),
                        zone: isolate(option.zone),
                      })}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
