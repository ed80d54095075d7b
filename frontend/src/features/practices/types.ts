import type { components } from '../../api/schema';

export type Practice = components['schemas']['PracticeOut'];
export type PracticeSummary = components['schemas']['PracticeListItem'];
export type SimilarPractice = components['schemas']['SimilarPractice'];
export type PracticeCreate = components['schemas']['PracticeCreate'];
export type PracticeUpdate = components['schemas']['PracticeUpdate'];
export type PracticeHtml = components['schemas']['PracticeHtml'];
export type Adoption = components['schemas']['AdoptionOut'];
export type Question = components['schemas']['QuestionOut'];
export type Post = components['schemas']['PostOut'];
export type Revision = components['schemas']['RevisionOut'];

/** The long texts of a practice, all Markdown, in the order a page shows them. */
export const LONG_FIELDS = [
  'problem',
  'solution',
  'results',
  'lessons',
  'transferability',
] as const;
export type LongField = (typeof LONG_FIELDS)[number];

/** Every text of one language: the title and the long texts. */
export const TEXT_FIELDS = ['title', ...LONG_FIELDS] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
