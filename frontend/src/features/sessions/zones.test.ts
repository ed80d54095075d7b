import { describe, expect, it } from 'vitest';
import {
  compareZones,
  dayIn,
  hostLocalToIso,
  instantOf,
  isoWithOffset,
  isTimeZone,
  nextDay,
  offsetMinutes,
  startOfDay,
  wallClock,
} from './zones';

describe('a time typed in the host’s zone', () => {
  it('becomes ISO with the host’s offset, in winter and in summer', () => {
    expect(hostLocalToIso('2027-01-14', '10:00', 'Europe/Helsinki')).toBe(
      '2027-01-14T10:00:00+02:00',
    );
    expect(hostLocalToIso('2027-06-14', '10:00', 'Europe/Helsinki')).toBe(
      '2027-06-14T10:00:00+03:00',
    );
    expect(hostLocalToIso('2027-01-14', '10:00', 'Asia/Tehran')).toBe('2027-01-14T10:00:00+03:30');
    expect(hostLocalToIso('2027-01-14', '09:30', 'Europe/Istanbul')).toBe(
      '2027-01-14T09:30:00+03:00',
    );
  });

  it('is the right instant in UTC', () => {
    expect(instantOf('2027-01-14', '10:00', 'Europe/Helsinki')?.instant.toISOString()).toBe(
      '2027-01-14T08:00:00.000Z',
    );
    expect(instantOf('2027-01-14', '10:00', 'Asia/Tehran')?.instant.toISOString()).toBe(
      '2027-01-14T06:30:00.000Z',
    );
  });

  it('does not depend on the zone of the computer doing the sum', () => {
    // The same wall clock in Tehran lands on the previous UTC day for an early hour.
    expect(instantOf('2027-01-14', '01:00', 'Asia/Tehran')?.instant.toISOString()).toBe(
      '2027-01-13T21:30:00.000Z',
    );
  });

  it('moves a time the clocks skip (spring forward) past the gap', () => {
    const zoned = instantOf('2027-03-28', '03:30', 'Europe/Helsinki');
    expect(zoned?.exists).toBe(false);
    expect(zoned && wallClock(zoned.instant, 'Europe/Helsinki')).toEqual({
      date: '2027-03-28',
      time: '04:30',
    });
  });

  it('takes the first of a time that happens twice (fall back)', () => {
    const zoned = instantOf('2026-10-25', '03:30', 'Europe/Helsinki');
    expect(zoned?.exists).toBe(true);
    expect(zoned?.instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses dates and times that are not', () => {
    expect(hostLocalToIso('2027-02-30', '10:00', 'Europe/Helsinki')).toBeNull();
    expect(hostLocalToIso('2027-01-14', '', 'Europe/Helsinki')).toBeNull();
    expect(hostLocalToIso('', '10:00', 'Europe/Helsinki')).toBeNull();
    expect(hostLocalToIso('2027-01-14', '25:00', 'Europe/Helsinki')).toBeNull();
  });
});

describe('an instant on the clocks of a zone', () => {
  const instant = new Date('2027-01-14T08:00:00Z');

  it('gives the date and time there', () => {
    expect(wallClock(instant, 'Europe/Helsinki')).toEqual({ date: '2027-01-14', time: '10:00' });
    expect(wallClock(instant, 'Asia/Tehran')).toEqual({ date: '2027-01-14', time: '11:30' });
    expect(dayIn(new Date('2027-01-14T22:30:00Z'), 'Asia/Tehran')).toBe('2027-01-15');
  });

  it('writes the zone’s offset', () => {
    expect(offsetMinutes(instant, 'Asia/Tehran')).toBe(210);
    expect(offsetMinutes(instant, 'UTC')).toBe(0);
    expect(isoWithOffset(instant, 'America/St_Johns')).toBe('2027-01-14T04:30:00-03:30');
  });
});

describe('compareZones', () => {
  const winter = new Date('2027-01-14T08:00:00Z');
  const summer = new Date('2027-07-14T08:00:00Z');

  it('warns when the viewer’s clocks differ from the host’s', () => {
    expect(compareZones('Europe/Istanbul', 'Europe/Helsinki', winter)).toBe('different-time');
    expect(compareZones('Asia/Tehran', 'Europe/Helsinki', winter)).toBe('different-time');
    expect(compareZones('Asia/Tehran', 'Europe/Helsinki', summer)).toBe('different-time');
  });

  it('knows when another zone shows the same time on that day', () => {
    expect(compareZones('Europe/Istanbul', 'Europe/Helsinki', summer)).toBe('same-time');
  });

  it('says nothing for the same zone', () => {
    expect(compareZones('Europe/Helsinki', 'Europe/Helsinki', winter)).toBe('same-zone');
  });
});

describe('days', () => {
  it('starts a day at local midnight', () => {
    expect(startOfDay('2027-01-14', 'Europe/Istanbul')?.toISOString()).toBe(
      '2027-01-13T21:00:00.000Z',
    );
  });

  it('counts on to the next day across months and years', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('recognises time zones', () => {
    expect(isTimeZone('Europe/Helsinki')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone(null)).toBe(false);
  });
});
