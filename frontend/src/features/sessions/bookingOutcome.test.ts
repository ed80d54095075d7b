import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import { bookingOutcome } from './bookingOutcome';

const english = createTranslator('en', { messages: {} });
const persian = createTranslator('fa', {
  messages: {
    'You are number {position} on the waitlist, for {count} seat. When seats become free, they go to the waitlist in order, and you will be told.':
      ['شما نفر {position} فهرست انتظار هستید، برای {count} صندلی.'],
  },
});
const cityName = (slug: string) => ({ salo: 'Salo', izmir: 'İzmir' })[slug] ?? slug;

describe('bookingOutcome', () => {
  it('confirms seats for oneself', () => {
    expect(
      bookingOutcome(
        { status: 'confirmed', seats: 1, position: null, city: null },
        cityName,
        english,
      ),
    ).toEqual({
      tone: 'confirmed',
      title: 'Your booking is confirmed.',
      detail: 'You have 1 seat.',
    });
  });

  it('confirms seats for a delegation, with the city’s name', () => {
    const outcome = bookingOutcome(
      { status: 'confirmed', seats: 3, position: null, city: 'izmir' },
      cityName,
      english,
    );
    expect(outcome.detail).toBe('You have 3 seats for the delegation of İzmir.');
  });

  it('gives the place in the waitlist', () => {
    const outcome = bookingOutcome(
      { status: 'waitlisted', seats: 2, position: 4, city: null },
      cityName,
      english,
    );
    expect(outcome.tone).toBe('waitlisted');
    expect(outcome.title).toBe('The session is full: you are on the waitlist.');
    expect(outcome.detail).toMatch(/^You are number 4 on the waitlist, for 2 seats\./);
  });

  it('writes the place in the reader’s digits', () => {
    const outcome = bookingOutcome(
      { status: 'waitlisted', seats: 1, position: 12, city: null },
      cityName,
      persian,
    );
    expect(outcome.detail).toBe('شما نفر ۱۲ فهرست انتظار هستید، برای ۱ صندلی.');
  });

  it('still explains a waitlisted booking without a place', () => {
    const outcome = bookingOutcome(
      { status: 'waitlisted', seats: 1, position: null, city: null },
      cityName,
      english,
    );
    expect(outcome.detail).toContain('in order');
  });

  it('says when a booking is cancelled', () => {
    expect(
      bookingOutcome(
        { status: 'cancelled', seats: 1, position: null, city: null },
        cityName,
        english,
      ).tone,
    ).toBe('cancelled');
  });
});
