import { useI18n } from '../../i18n/I18nProvider';
import { useNow } from './useNow';

/** The current time in a city, in the reader's language and calendar. */
export function CityClock({ timeZone }: { timeZone: string }) {
  const { format } = useI18n();
  const now = useNow(10_000);
  return (
    <time className="city-clock" dateTime={now.toISOString()}>
      <span className="city-clock__time">{format.time(now, timeZone)}</span>
      <span className="city-clock__date">{format.date(now, timeZone)}</span>
    </time>
  );
}
