import { parseDecimal } from '../../i18n/parseDecimal';
import { declareKind, type KindDraft, type KindState } from '../content/declareKind';
import {
  asItIs,
  lineList,
  numberSet,
  optionalText,
  optionalTrimmedText,
  stringSet,
  type SpreadCodec,
} from '../content/fieldCodecs';
import { TEXT_FIELDS, type Initiative, type InitiativeStatus, type TextField } from './types';

export interface Location {
  lat: number;
  lng: number;
  district: string | null;
}

/** Where the initiative is: three fields of the form, one location (or none) in the state. */
const location: SpreadCodec<Location | null, { lat: string; lng: string; district: string }> = {
  spread: true,
  empty: { lat: '', lng: '', district: '' },
  toDraft: (value) => ({
    lat: value ? String(value.lat) : '',
    lng: value ? String(value.lng) : '',
    district: value?.district ?? '',
  }),
  toState: ({ lat, lng, district }) =>
    [lat, lng, district].some((text) => text.trim() !== '')
      ? // A coordinate that is not a number is sent as null, and the API says so beside it.
        { lat: parseDecimal(lat), lng: parseDecimal(lng), district: district.trim() || null }
      : null,
};

const FIELDS = {
  status: asItIs<InitiativeStatus>('planned'),
  start_date: optionalText,
  end_date: optionalText,
  sdgs: numberSet,
  themes: stringSet,
  location,
  partners: lineList,
  target_groups: lineList,
  website: optionalTrimmedText,
};

/** Initiatives: their status, dates, goals and themes, where they are, who takes part. */
const initiative = declareKind<Initiative>()({
  name: 'initiative',
  textFields: TEXT_FIELDS,
  kept: { city: 'string' },
  fields: FIELDS,
  fromItem: (item) => ({
    location: item.location && {
      lat: item.location.lat,
      lng: item.location.lng,
      district: item.location.district ?? null,
    },
  }),
  places: {
    placed: ['city', 'location.lat', 'location.lng', 'location.district'],
    aliases: { location: 'location.lat' },
  },
});

/**
 * Everything a delegate can edit, shaped as the API's revision snapshots, so
 * the loaded version, the current one and the form can be compared field by field.
 */
export type EditableState = KindState<typeof FIELDS, TextField>;
/** What the form's inputs hold: text as typed, lists one item per line. */
export type InitiativeDraft = KindDraft<typeof FIELDS, TextField, Pick<Initiative, 'city'>>;

export const initiativeKind = initiative.kind;
export const { draftFromState, stateFromDraft, emptyDraft, createPayload, updatePayload } =
  initiative;
