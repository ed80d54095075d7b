import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import {
  createRequest,
  draftTimes,
  emptySessionDraft,
  newOccurrence,
  type SessionDraft,
} from './sessionDraft';
import { draftFromSession, updateRequest } from './sessionKind';
import { SESSION as session } from './testFixtures';

const i18n = createTranslator('en', { messages: {} });

function helsinkiDraft(patch: Partial<SessionDraft> = {}): SessionDraft {
  return {
    ...emptySessionDraft({ slug: 'salo', timezone: 'Europe/Helsinki' }, 'en'),
    translations: { en: { title: 'Climate follow-up', description: '' } },
    format: 'hybrid',
    date: '2027-01-14',
    start: '10:00',
    end: '12:30',
    capacity: '25',
    spoken: ['fi', 'en'],
    venue: ' Salo city hall ',
    online_url: 'https://meet.example.org/salo',
    ...patch,
  };
}

describe('a new session', () => {
  it('sends the times typed in the host’s zone with the host’s offset', () => {
    const result = createRequest(helsinkiDraft(), i18n);
    expect(result).toMatchObject({
      request: {
        kind: 'single',
        body: {
          host_city: 'salo',
          timezone: 'Europe/Helsinki',
          starts_at: '2027-01-14T10:00:00+02:00',
          ends_at: '2027-01-14T12:30:00+02:00',
          registration_closes_at: null,
          capacity: 25,
          languages: ['fi', 'en'],
          venue: 'Salo city hall',
          online_url: 'https://meet.example.org/salo',
          series: null,
        },
      },
    });
  });

  it('ends on the next day when the end time is earlier than the start', () => {
    const result = createRequest(helsinkiDraft({ start: '22:00', end: '01:00' }), i18n);
    expect(result).toMatchObject({ request: { body: { ends_at: '2027-01-15T01:00:00+02:00' } } });
  });

  it('leaves out the venue online and the address in person', () => {
    expect(createRequest(helsinkiDraft({ format: 'online' }), i18n)).toMatchObject({
      request: { body: { venue: null, online_url: 'https://meet.example.org/salo' } },
    });
    expect(createRequest(helsinkiDraft({ format: 'in_person' }), i18n)).toMatchObject({
      request: { body: { venue: 'Salo city hall', online_url: null } },
    });
  });

  it('says what is missing before sending', () => {
    expect(createRequest(helsinkiDraft({ start: '' }), i18n)).toEqual({
      errors: { date: 'Enter a date and a start time.' },
    });
    expect(createRequest(helsinkiDraft({ end: '', capacity: 'many' }), i18n)).toEqual({
      errors: { end: 'Enter an end time.', capacity: 'Enter the number of seats.' },
    });
    expect(createRequest(helsinkiDraft({ closes_date: '2027-01-10' }), i18n)).toEqual({
      errors: { closes: 'Enter both a date and a time, or leave both empty.' },
    });
  });

  it('sends a series with each dated occurrence and its registration deadline', () => {
    const first = { ...newOccurrence(), date: '2027-01-14', start: '09:30', end: '16:00' };
    const second = { ...newOccurrence(first), end: '15:00' };
    expect(second.date).toBe('2027-01-21');
    const result = createRequest(
      helsinkiDraft({
        repeat: true,
        series: 'Smart city training ',
        occurrences: [first, second],
        closes_days_before: '2',
        timezone: 'Europe/Istanbul',
      }),
      i18n,
    );
    expect(result).toMatchObject({
      request: {
        kind: 'series',
        body: {
          series: 'Smart city training',
          occurrences: [
            {
              starts_at: '2027-01-14T09:30:00+03:00',
              ends_at: '2027-01-14T16:00:00+03:00',
              registration_closes_at: '2027-01-12T09:30:00+03:00',
            },
            {
              starts_at: '2027-01-21T09:30:00+03:00',
              ends_at: '2027-01-21T15:00:00+03:00',
              registration_closes_at: '2027-01-19T09:30:00+03:00',
            },
          ],
        },
      },
    });
  });

  it('points at the occurrence that lacks a time', () => {
    const result = createRequest(
      helsinkiDraft({ repeat: true, occurrences: [{ ...newOccurrence(), date: '2027-01-14' }] }),
      i18n,
    );
    expect(result).toEqual({ errors: { 'occurrences.0': 'Enter a date and a start time.' } });
  });

  it('shows where the typed times fall', () => {
    const times = draftTimes(helsinkiDraft());
    expect(times?.starts.toISOString()).toBe('2027-01-14T08:00:00.000Z');
    expect(times?.ends.toISOString()).toBe('2027-01-14T10:30:00.000Z');
    expect(draftTimes(helsinkiDraft({ date: '' }))).toBeNull();
  });
});

describe('editing a session', () => {
  it('shows its times on the host’s clocks, original language first', () => {
    const draft = draftFromSession(session);
    expect(draft).toMatchObject({
      date: '2027-01-14',
      start: '10:00',
      end: '12:30',
      closes_date: '2027-01-11',
      closes_time: '10:00',
      languages: ['fi', 'en'],
      original_language: 'fi',
      capacity: '30',
    });
  });

  it('sends nothing when nothing changed', () => {
    expect(updateRequest(session, draftFromSession(session), i18n)).toEqual({ body: {} });
  });

  it('sends only what changed, times with the host’s offset', () => {
    const draft = {
      ...draftFromSession(session),
      start: '11:00',
      capacity: '40',
      closes_date: '',
      closes_time: '',
      sdgs: [13, 11],
    };
    expect(updateRequest(session, draft, i18n)).toEqual({
      body: {
        starts_at: '2027-01-14T11:00:00+02:00',
        capacity: 40,
        registration_closes_at: null,
      },
    });
  });

  it('removes a language’s texts with null', () => {
    const draft = draftFromSession(session);
    const edited = {
      ...draft,
      languages: draft.languages.filter((language) => language !== 'en'),
      translations: { fi: { title: 'Uusi otsikko', description: 'Kuvaus' } },
    };
    expect(updateRequest(session, edited, i18n)).toEqual({
      body: { translations: { fi: { title: 'Uusi otsikko', description: 'Kuvaus' }, en: null } },
    });
  });
});
