import { labelTable } from '../../i18n/labelTable';
import type { EvidenceKind, JourneyStatus, StageStatus } from './types';

export const journeyStatusLabel = labelTable<JourneyStatus>((t) => ({
  invited: t('Invitation open'),
  active: t('Under way'),
  completed: t('Completed'),
  declined: t('Declined'),
}));

export const stageStatusLabel = labelTable<StageStatus>((t) => ({
  not_started: t('Not started'),
  in_progress: t('In progress'),
  submitted: t('Waiting for the coach'),
  approved: t('Approved'),
  returned: t('Returned for changes'),
}));

/** The symbol beside each stage's status, so that colour is never the only cue. */
export const STAGE_SYMBOLS: Readonly<Record<StageStatus, string>> = {
  not_started: '○',
  in_progress: '◐',
  submitted: '⧗',
  approved: '✓',
  returned: '↺',
};

export const JOURNEY_SYMBOLS: Readonly<Record<JourneyStatus, string>> = {
  invited: '✉',
  active: '◐',
  completed: '✓',
  declined: '✕',
};

export const evidenceKindLabel = labelTable<EvidenceKind>((t) => ({
  initiative: t('Initiative'),
  practice: t('Best practice'),
  programme: t('Programme'),
  session: t('Session'),
  link: t('Link'),
}));
