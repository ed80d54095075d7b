import type { components } from '../../api/schema';

export type Programme = components['schemas']['ProgrammeOut'];
export type ProgrammeListItem = components['schemas']['ProgrammeListItem'];
export type ProgrammeKind = components['schemas']['ProgrammeKind'];
export type ProgrammeCreate = components['schemas']['ProgrammeCreate'];
export type ProgrammeUpdate = components['schemas']['ProgrammeUpdate'];
export type ProgrammeFigures = components['schemas']['ProgrammeSummary'];
export type Action = components['schemas']['ActionOut'];
export type ActionListItem = components['schemas']['ActionListItem'];
export type ActionStatus = components['schemas']['ActionStatus'];
export type ActionCreate = components['schemas']['ActionCreate'];
export type ActionUpdate = components['schemas']['ActionUpdate'];
export type CheckIn = components['schemas']['CheckInOut'];
export type CheckInCreate = components['schemas']['CheckInCreate'];
export type Rag = components['schemas']['Rag'];
/** A rating filter: a check-in's rating, or "none" for actions not checked in yet. */
export type RagFilter = Rag | 'none';

export const PROGRAMME_KINDS: readonly ProgrammeKind[] = [
  'climate_city_contract',
  'climate_programme',
  'secap',
  'smart_city_strategy',
  'sdg_localisation',
  'other',
];

export const ACTION_STATUSES: readonly ActionStatus[] = [
  'planned',
  'ongoing',
  'done',
  'stalled',
  'dropped',
];

export const RAGS: readonly Rag[] = ['green', 'amber', 'red'];
export const RAG_FILTERS: readonly RagFilter[] = ['green', 'amber', 'red', 'none'];

export function isProgrammeKind(value: unknown): value is ProgrammeKind {
  return typeof value === 'string' && (PROGRAMME_KINDS as readonly string[]).includes(value);
}

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}

export function isRagFilter(value: unknown): value is RagFilter {
  return typeof value === 'string' && (RAG_FILTERS as readonly string[]).includes(value);
}

/** The texts of a programme and of an action, in the order their forms show them. */
export const PROGRAMME_TEXT_FIELDS = ['title', 'summary'] as const;
export const ACTION_TEXT_FIELDS = ['title', 'description'] as const;
