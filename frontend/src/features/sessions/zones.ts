/**
 * Time zone arithmetic with Intl only: the wall clock of an instant in an IANA
 * zone, the instant of a wall-clock time in a zone (what an organiser types in
 * the host's time), and whether two zones show different times.
 */

/** A wall-clock date and time: "2027-01-14" and "10:00". */
export interface WallClock {
  date: string;
  time: string;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partFormat(zone: string): Intl.DateTimeFormat {
  let found = partFormats.get(zone);
  if (found === undefined) {
    found = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormats.set(zone, found);
  }
  return found;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fieldsIn(instant: Date, zone: string): Fields {
  const values: Record<string, number> = {};
  for (const part of partFormat(zone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

const pad = (value: number, size = 2) => String(Math.abs(value)).padStart(size, '0');

/** Whether `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The browser's own time zone (UTC if it cannot tell). */
export function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(zone) ? zone : 'UTC';
}

/** How far `zone` is ahead of UTC at `instant`, in minutes (Helsinki in winter: 120). */
export function offsetMinutes(instant: Date, zone: string): number {
  const f = fieldsIn(instant, zone);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const whole = instant.getTime() - instant.getUTCMilliseconds();
  return Math.round((wall - whole) / 60_000);
}

/** The date and time an instant shows on the clocks of `zone`. */
export function wallClock(instant: Date, zone: string): WallClock {
  const f = fieldsIn(instant, zone);
  return {
    date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`,
    time: `${pad(f.hour)}:${pad(f.minute)}`,
  };
}

/** The day ("2027-01-14") an instant falls on in `zone`. */
export function dayIn(instant: Date, zone: string): string {
  return wallClock(instant, zone).date;
}

function parseWallClock(date: string, time: string): number | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (dateMatch === null || timeMatch === null) return null;
  const [year, month, day] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = timeMatch.slice(1).map(Number) as [number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const value = Date.UTC(year, month - 1, day, hour, minute);
  // Reject 31 February and the like, which Date.UTC would roll over.
  return new Date(value).getUTCDate() === day ? value : null;
}

export interface ZonedInstant {
  instant: Date;
  /** False when the clocks of the zone skip that time (a daylight-saving gap): it was moved forward. */
  exists: boolean;
}

/**
 * The instant at which the clocks of `zone` show `date` `time`. A time that
 * happens twice (when the clocks go back) is its first occurrence; a time that
 * never happens (when they go forward) is moved on by the length of the gap.
 * Null for a date or time that is not one.
 */
export function instantOf(date: string, time: string, zone: string): ZonedInstant | null {
  const wall = parseWallClock(date, time);
  if (wall === null) return null;
  const day = 86_400_000;
  const offsets = [
    ...new Set([
      offsetMinutes(new Date(wall - day), zone),
      offsetMinutes(new Date(wall + day), zone),
    ]),
  ];
  const matching = offsets
    .map((offset) => wall - offset * 60_000)
    .filter((candidate) => {
      const shown = wallClock(new Date(candidate), zone);
      return shown.date === date && shown.time === time;
    })
    .sort((a, b) => a - b);
  const first = matching[0];
  if (first !== undefined) return { instant: new Date(first), exists: true };
  // In a gap: read the time with the offset from before the change, which lands after the gap.
  const before = offsetMinutes(new Date(wall - day), zone);
  return { instant: new Date(wall - before * 60_000), exists: false };
}

/** An instant as ISO 8601 with the offset of `zone`: "2027-01-14T10:00:00+02:00". */
export function isoWithOffset(instant: Date, zone: string): string {
  const f = fieldsIn(instant, zone);
  const offset = offsetMinutes(instant, zone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/**
 * A date and time typed in the host's zone, as the API wants it: ISO with
 * the host's offset, e.g. ("2027-01-14", "10:00", "Europe/Helsinki") →
 * "2027-01-14T10:00:00+02:00". Null when the date or time is incomplete.
 */
export function hostLocalToIso(date: string, time: string, zone: string): string | null {
  const zoned = instantOf(date, time, zone);
  return zoned === null ? null : isoWithOffset(zoned.instant, zone);
}

/**
 * How a viewer's zone compares with the host's at a moment:
 * - `same-zone`: the very same zone;
 * - `same-time`: another zone whose clocks show the same time then (Istanbul and Helsinki in summer);
 * - `different-time`: the clocks differ, so the viewer must not read the host's times as theirs.
 */
export type ZoneComparison = 'same-zone' | 'same-time' | 'different-time';

export function compareZones(viewer: string, host: string, at: Date): ZoneComparison {
  if (viewer === host) return 'same-zone';
  return offsetMinutes(at, viewer) === offsetMinutes(at, host) ? 'same-time' : 'different-time';
}

/** The first instant of `day` ("2027-01-14") in `zone`. */
export function startOfDay(day: string, zone: string): Date | null {
  return instantOf(day, '00:00', zone)?.instant ?? null;
}

/** The day after `day`, both as "YYYY-MM-DD". */
export function nextDay(day: string): string {
  const value = new Date(`${day}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + 1);
  return value.toISOString().slice(0, 10);
}
