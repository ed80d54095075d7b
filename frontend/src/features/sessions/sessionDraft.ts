import type { Language } from '../../i18n/languages';
import type { Translator } from '../../i18n/translate';
import { addDays, isIsoDay } from './calendarGrid';
import type { SeriesCreate, SessionCreate, SessionFormat, SessionKind } from './types';
import { hostLocalToIso, instantOf } from './zones';

// A type rather than an interface, so that it is a text block of the editing kernel.
export type SessionText = {
  title: string;
  description: string;
};

export const EMPTY_SESSION_TEXT: SessionText = { title: '', description: '' };

/** One dated session of a series, typed in the host's time. */
export interface OccurrenceDraft {
  /** A stable key for the row, not sent. */
  key: string;
  date: string;
  start: string;
  end: string;
}

/**
 * The session form as typed: dates and times are wall-clock values in the
 * host's time zone, numbers are text until sent.
 */
export interface SessionDraft {
  host_city: string;
  timezone: string;
  original_language: Language;
  /** The languages with a text tab, in tab order. */
  languages: Language[];
  translations: Partial<Record<Language, SessionText>>;
  kind: SessionKind;
  format: SessionFormat;
  date: string;
  start: string;
  end: string;
  closes_date: string;
  closes_time: string;
  capacity: string;
  spoken: Language[];
  interpretation: boolean;
  venue: string;
  online_url: string;
  themes: string[];
  sdgs: number[];
  series: string;
  /** Create several dated sessions at once, as a series. */
  repeat: boolean;
  occurrences: OccurrenceDraft[];
  /** For a series: registration closes this many days before each session (empty: at its start). */
  closes_days_before: string;
}

export function newOccurrence(from?: OccurrenceDraft): OccurrenceDraft {
  return {
    // Unique across reloads too: a restored draft's rows keep their keys beside new ones.
    key: `occurrence-${crypto.randomUUID()}`,
    date: from && isIsoDay(from.date) ? addDays(from.date, 7) : '',
    start: from?.start ?? '',
    end: from?.end ?? '',
  };
}

export function emptySessionDraft(
  city: { slug: string; timezone: string } | null,
  language: Language,
): SessionDraft {
  return {
    host_city: city?.slug ?? '',
    timezone: city?.timezone ?? '',
    original_language: language,
    languages: [language],
    translations: { [language]: { ...EMPTY_SESSION_TEXT } },
    kind: 'workshop',
    format: 'in_person',
    date: '',
    start: '',
    end: '',
    closes_date: '',
    closes_time: '',
    capacity: '30',
    spoken: [language],
    interpretation: false,
    venue: '',
    online_url: '',
    themes: [],
    sdgs: [],
    series: '',
    repeat: false,
    occurrences: [newOccurrence(), newOccurrence()],
    closes_days_before: '',
  };
}

/**
 * The end of a session typed as a date, a start and an end time: on the same
 * day, or on the next day when the end time is earlier than the start (a session past midnight).
 */
export function endIso(date: string, start: string, end: string, zone: string): string | null {
  const endDate = end !== '' && start !== '' && end <= start ? addDays(date, 1) : date;
  return date === '' ? null : hostLocalToIso(endDate, end, zone);
}

export type DraftErrors = Record<string, string>;

export type CreateRequest =
  { kind: 'single'; body: SessionCreate } | { kind: 'series'; body: SeriesCreate };

export function texts(draft: SessionDraft): Record<string, SessionText> {
  const result: Record<string, SessionText> = {};
  for (const language of draft.languages) {
    const text = draft.translations[language] ?? EMPTY_SESSION_TEXT;
    result[language] = { title: text.title.trim(), description: text.description.trim() };
  }
  return result;
}

export function venueOf(draft: SessionDraft): string | null {
  return draft.format === 'online' || draft.venue.trim() === '' ? null : draft.venue.trim();
}

export function onlineUrlOf(draft: SessionDraft): string | null {
  return draft.format === 'in_person' || draft.online_url.trim() === ''
    ? null
    : draft.online_url.trim();
}

export function capacityOf(draft: SessionDraft): number {
  const value = Number(draft.capacity.trim());
  return Number.isInteger(value) ? value : Number.NaN;
}

/** What the form can tell before sending: times that are missing or not times at all. */
export function timeErrors(draft: SessionDraft, { t }: Pick<Translator, 't'>): DraftErrors {
  const errors: DraftErrors = {};
  if (!Number.isInteger(capacityOf(draft))) errors.capacity = t('Enter the number of seats.');
  if (draft.repeat) {
    draft.occurrences.forEach((occurrence, index) => {
      if (hostLocalToIso(occurrence.date, occurrence.start, draft.timezone) === null) {
        errors[`occurrences.${index}`] = t('Enter a date and a start time.');
      } else if (
        endIso(occurrence.date, occurrence.start, occurrence.end, draft.timezone) === null
      ) {
        errors[`occurrences.${index}`] = t('Enter an end time.');
      }
    });
    const days = draft.closes_days_before.trim();
    if (days !== '' && !/^\d{1,2}$/.test(days)) {
      errors.closes_days_before = t('Enter a number of days from 0 to 99.');
    }
    return errors;
  }
  if (hostLocalToIso(draft.date, draft.start, draft.timezone) === null) {
    errors.date = t('Enter a date and a start time.');
  } else if (endIso(draft.date, draft.start, draft.end, draft.timezone) === null) {
    errors.end = t('Enter an end time.');
  }
  const closing = draft.closes_date !== '' || draft.closes_time !== '';
  if (closing && hostLocalToIso(draft.closes_date, draft.closes_time, draft.timezone) === null) {
    errors.closes = t('Enter both a date and a time, or leave both empty.');
  }
  return errors;
}

/** The start and end instants of the draft's single session; null while incomplete. */
export function draftTimes(
  draft: Pick<SessionDraft, 'date' | 'start' | 'end' | 'timezone'>,
): { starts: Date; ends: Date } | null {
  const starts = instantOf(draft.date, draft.start, draft.timezone);
  const endText = endIso(draft.date, draft.start, draft.end, draft.timezone);
  if (starts === null || endText === null) return null;
  return { starts: starts.instant, ends: new Date(endText) };
}

function closesBefore(occurrence: OccurrenceDraft, days: string, zone: string): string | null {
  if (days.trim() === '') return null;
  return hostLocalToIso(addDays(occurrence.date, -Number(days)), occurrence.start, zone);
}

/**
 * The API request for a new session, or for a series of dated sessions that
 * share everything else; or the errors that keep it from being sent.
 */
export function createRequest(
  draft: SessionDraft,
  i18n: Pick<Translator, 't'>,
): { request: CreateRequest } | { errors: DraftErrors } {
  const errors = timeErrors(draft, i18n);
  if (Object.keys(errors).length > 0) return { errors };
  const zone = draft.timezone;
  const common = {
    host_city: draft.host_city,
    original_language: draft.original_language,
    translations: texts(draft),
    kind: draft.kind,
    format: draft.format,
    timezone: zone,
    capacity: capacityOf(draft),
    languages: draft.spoken,
    interpretation: draft.interpretation,
    venue: venueOf(draft),
    online_url: onlineUrlOf(draft),
    themes: draft.themes,
    sdgs: draft.sdgs,
  };
  if (draft.repeat) {
    return {
      request: {
        kind: 'series',
        body: {
          ...common,
          series: draft.series.trim(),
          occurrences: draft.occurrences.map((occurrence) => ({
            starts_at: hostLocalToIso(occurrence.date, occurrence.start, zone) ?? '',
            ends_at: endIso(occurrence.date, occurrence.start, occurrence.end, zone) ?? '',
            registration_closes_at: closesBefore(occurrence, draft.closes_days_before, zone),
          })),
        },
      },
    };
  }
  const series = draft.series.trim();
  return {
    request: {
      kind: 'single',
      body: {
        ...common,
        starts_at: hostLocalToIso(draft.date, draft.start, zone) ?? '',
        ends_at: endIso(draft.date, draft.start, draft.end, zone) ?? '',
        registration_closes_at: hostLocalToIso(draft.closes_date, draft.closes_time, zone),
        series: series === '' ? null : series,
      },
    },
  };
}
