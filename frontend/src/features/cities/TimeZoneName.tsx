import { useI18n } from '../../i18n/I18nProvider';

/** A time zone's everyday name in the reader's language, with its IANA identifier. */
export function TimeZoneName({ timeZone }: { timeZone: string }) {
  const { format } = useI18n();
  return (
    <>
      {format.timeZone(timeZone)}
      <span className="time-zone-id">
        <bdi lang="en">{timeZone}</bdi>
      </span>
    </>
  );
}
