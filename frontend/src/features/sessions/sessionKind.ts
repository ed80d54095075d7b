import { isLanguage } from '../../i18n/languages';
import type { Translator } from '../../i18n/translate';
import type { ContentKind } from '../content/contentKind';
import { sortedSet, textDraftOf, translationsOf, updatePayload } from '../content/editableState';
import {
  capacityOf,
  endIso,
  newOccurrence,
  onlineUrlOf,
  texts,
  timeErrors,
  venueOf,
  type DraftErrors,
  type SessionDraft,
  type SessionText,
} from './sessionDraft';
import type { Session, SessionFormat, SessionKind, SessionUpdate } from './types';
import { hostLocalToIso, wallClock } from './zones';

export const SESSION_TEXT_FIELDS = ['title', 'description'] as const;

/**
 * What an organiser can change in a session, shaped as the API's revision
 * snapshots: times as instants, so the version edited, the current one and
 * the form compare field by field.
 */
export interface SessionState {
  original_language: string;
  translations: Partial<Record<string, SessionText>>;
  kind: SessionKind;
  format: SessionFormat;
  starts_at: string | null;
  ends_at: string | null;
  registration_closes_at: string | null;
  capacity: number;
  languages: string[];
  interpretation: boolean;
  venue: string | null;
  online_url: string | null;
  themes: string[];
  sdgs: number[];
  series: string | null;
  /** Not edited here: where the times are typed, to read them back on the host's clocks. */
  timezone: string;
}

/** The fields an edit can change, in the order the form shows them. */
const SESSION_FIELDS = [
  'translations',
  'kind',
  'format',
  'starts_at',
  'ends_at',
  'registration_closes_at',
  'capacity',
  'languages',
  'interpretation',
  'venue',
  'online_url',
  'themes',
  'sdgs',
  'series',
] as const satisfies readonly (keyof SessionState)[];

/** The instants the form types as dates and times on the host's clocks. */
const TYPED_AS_CLOCK_TIMES: readonly string[] = ['starts_at', 'ends_at', 'registration_closes_at'];

export function stateOfSession(session: Session): SessionState {
  return {
    original_language: session.original_language,
    translations: translationsOf(
      session.translations,
      SESSION_TEXT_FIELDS,
    ) as SessionState['translations'],
    kind: session.kind,
    format: session.format,
    starts_at: session.starts_at,
    ends_at: session.ends_at,
    registration_closes_at: session.registration_closes_at,
    capacity: session.capacity,
    languages: [...session.languages],
    interpretation: session.interpretation,
    venue: session.venue,
    online_url: session.online_url,
    themes: [...session.themes],
    sdgs: [...session.sdgs],
    series: session.series,
    timezone: session.timezone,
  };
}

/** The state of what the form holds; its times as the host's clocks mean them. */
export function sessionStateOf(draft: SessionDraft): SessionState {
  const zone = draft.timezone;
  const series = draft.series.trim();
  return {
    original_language: draft.original_language,
    translations: texts(draft),
    kind: draft.kind,
    format: draft.format,
    starts_at: hostLocalToIso(draft.date, draft.start, zone),
    ends_at: endIso(draft.date, draft.start, draft.end, zone),
    registration_closes_at: hostLocalToIso(draft.closes_date, draft.closes_time, zone),
    capacity: capacityOf(draft),
    languages: [...draft.spoken],
    interpretation: draft.interpretation,
    venue: venueOf(draft),
    online_url: onlineUrlOf(draft),
    themes: [...draft.themes],
    sdgs: [...draft.sdgs],
    series: series === '' ? null : series,
    timezone: zone,
  };
}

/** A form showing `state`, its times on the host's clocks; what the state lacks comes from `like`. */
export function draftFromSessionState(
  state: SessionState,
  like: Pick<SessionDraft, 'host_city' | 'timezone'> & Partial<SessionDraft>,
): SessionDraft {
  const zone = state.timezone;
  const clock = (iso: string | null) => (iso === null ? null : wallClock(new Date(iso), zone));
  const starts = clock(state.starts_at);
  const closes = clock(state.registration_closes_at);
  return {
    repeat: false,
    occurrences: [newOccurrence(), newOccurrence()],
    closes_days_before: '',
    ...like,
    timezone: zone,
    ...textDraftOf<SessionDraft>(state, SESSION_TEXT_FIELDS),
    kind: state.kind,
    format: state.format,
    date: starts?.date ?? '',
    start: starts?.time ?? '',
    // A session ending on a later day keeps its end time; the form's end is on the start's day.
    end: clock(state.ends_at)?.time ?? '',
    closes_date: closes?.date ?? '',
    closes_time: closes?.time ?? '',
    capacity: String(state.capacity),
    spoken: state.languages.filter(isLanguage),
    interpretation: state.interpretation,
    venue: state.venue ?? '',
    online_url: state.online_url ?? '',
    themes: [...state.themes],
    sdgs: [...state.sdgs],
    series: state.series ?? '',
  };
}

/** One instant however it is written ("…+02:00" or "…Z"), so equal times compare equal. */
function instant(iso: string | null): string | null {
  if (iso === null) return null;
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toISOString();
}

/** Sessions as the editing kernel sees them. */
export const sessionKind: ContentKind<Session, SessionState, SessionDraft> = {
  name: 'session',
  textFields: SESSION_TEXT_FIELDS,
  fields: SESSION_FIELDS,
  stateOf: stateOfSession,
  draftOf: (session) =>
    draftFromSessionState(stateOfSession(session), {
      host_city: session.host_city,
      timezone: session.timezone,
    }),
  stateFromDraft: sessionStateOf,
  draftFromState: draftFromSessionState,
  comparable: (state) => ({
    ...state,
    starts_at: instant(state.starts_at),
    ends_at: instant(state.ends_at),
    registration_closes_at: instant(state.registration_closes_at),
    languages: sortedSet(state.languages),
    themes: sortedSet(state.themes),
    sdgs: sortedSet(state.sdgs),
  }),
  isDraft: (draft) =>
    typeof draft.host_city === 'string' &&
    typeof draft.timezone === 'string' &&
    Array.isArray(draft.spoken) &&
    Array.isArray(draft.sdgs) &&
    Array.isArray(draft.themes) &&
    Array.isArray(draft.occurrences),
  places: {
    placed: [
      'host_city',
      'original_language',
      // Each field the form has an input of by its own name: not the texts, which are in tabs,
      // nor the times, typed as dates and clock times (their aliases below).
      ...SESSION_FIELDS.filter(
        (field) => field !== 'translations' && !TYPED_AS_CLOCK_TIMES.includes(field),
      ),
      'occurrences',
    ],
    lists: ['languages', 'themes', 'sdgs', 'occurrences'],
    rows: ['occurrences'],
    aliases: {
      starts_at: 'date',
      ends_at: 'end',
      registration_closes_at: 'closes',
      timezone: 'host_city',
    },
  },
};

/** The form's draft for an existing session: its times on the host's clocks. */
export const draftFromSession = sessionKind.draftOf;

/**
 * A PATCH body with only what the draft changed from `session`: removed
 * languages as null, cleared optional fields as null; or the errors that keep it from being sent.
 */
export function updateRequest(
  session: Session,
  draft: SessionDraft,
  i18n: Pick<Translator, 't'>,
): { body: SessionUpdate } | { errors: DraftErrors } {
  const errors = timeErrors({ ...draft, repeat: false }, i18n);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: updatePayload(
      sessionKind,
      stateOfSession(session),
      sessionStateOf(draft),
    ) as SessionUpdate,
  };
}
