import type { components } from '../../api/schema';

export type Journey = components['schemas']['JourneyOut'];
export type JourneySummary = components['schemas']['JourneySummary'];
export type JourneyStatus = components['schemas']['JourneyStatus'];
export type JourneyTemplate = components['schemas']['TemplateOut'];
export type Stage = components['schemas']['StageOut'];
export type StageStatus = components['schemas']['StageStatus'];
export type Task = components['schemas']['TaskOut'];
export type Evidence = components['schemas']['EvidenceOut'];
export type EvidenceKind = components['schemas']['EvidenceKind'];
export type EvidenceIn = components['schemas']['EvidenceIn'];
export type JourneyCreate = components['schemas']['JourneyCreate'];
export type TaskUpdate = components['schemas']['TaskUpdate'];

/** The kinds of evidence that point at the coachee city's own content, in the order the picker offers them. */
export const CONTENT_EVIDENCE = ['initiative', 'practice', 'programme', 'session'] as const;
export type ContentEvidenceKind = (typeof CONTENT_EVIDENCE)[number];
export type JourneySession = components['schemas']['SessionListItem'];
