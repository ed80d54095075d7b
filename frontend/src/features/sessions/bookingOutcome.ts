import type { Translator } from '../../i18n/translate';
import type { Booking } from './types';

export interface BookingOutcome {
  tone: 'confirmed' | 'waitlisted' | 'cancelled';
  title: string;
  detail: string;
}

/**
 * What a booking means for the person who made it, in words: confirmed seats
 * (for themselves or their city's delegation), or their place in the waitlist.
 */
export function bookingOutcome(
  booking: Pick<Booking, 'status' | 'seats' | 'position' | 'city'>,
  cityName: (slug: string) => string,
  { t, tn }: Pick<Translator, 't' | 'tn'>,
): BookingOutcome {
  const seats = booking.seats;
  switch (booking.status) {
    case 'confirmed':
      return {
        tone: 'confirmed',
        title: t('Your booking is confirmed.'),
        detail:
          booking.city === null
            ? tn('You have {count} seat.', 'You have {count} seats.', seats)
            : tn(
                'You have {count} seat for the delegation of {city}.',
                'You have {count} seats for the delegation of {city}.',
                seats,
                { city: cityName(booking.city) },
              ),
      };
    case 'waitlisted':
      return {
        tone: 'waitlisted',
        title: t('The session is full: you are on the waitlist.'),
        detail:
          booking.position === null
            ? t('When seats become free, they go to the waitlist in order, and you will be told.')
            : tn(
                'You are number {position} on the waitlist, for {count} seat. When seats become free, they go to the waitlist in order, and you will be told.',
                'You are number {position} on the waitlist, for {count} seats. When seats become free, they go to the waitlist in order, and you will be told.',
                seats,
                { position: booking.position },
              ),
      };
    case 'cancelled':
      return {
        tone: 'cancelled',
        title: t('This booking is cancelled.'),
        detail: t('You can book again while registration is open.'),
      };
  }
}
