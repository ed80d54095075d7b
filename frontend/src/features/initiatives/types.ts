import type { components } from '../../api/schema';

export type Initiative = components['schemas']['InitiativeOut'];
export type InitiativeSummary = components['schemas']['InitiativeListItem'];
export type SimilarInitiative = components['schemas']['SimilarInitiative'];
export type InitiativeStatus = components['schemas']['Status'];
export type InitiativeUpdate = components['schemas']['InitiativeUpdate'];
export type InitiativeCreate = components['schemas']['InitiativeCreate'];
export type Revision = components['schemas']['RevisionOut'];

export const STATUSES: readonly InitiativeStatus[] = ['planned', 'ongoing', 'completed'];

export function isStatus(value: unknown): value is InitiativeStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** Every text of one language, in the order the form shows them. */
export const TEXT_FIELDS = ['title', 'summary', 'description', 'purpose'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
