import { describe, expect, it } from 'vitest';
import {
  programmeDraftFromState,
  programmeStateFromDraft,
  updateProgrammePayload,
  validateProgramme,
  type ProgrammeState,
} from './programmeState';

const t = { t: (message: string) => message };

const BASE: ProgrammeState = {
  original_language: 'fi',
  translations: {
    fi: { title: 'Salon ilmasto- ja ympäristöohjelma', summary: 'Tavoitteiden seuranta.' },
    en: { title: 'Salo Climate and Environment Programme', summary: '' },
  },
  kind: 'climate_programme',
  period_start: '2021-01-01',
  period_end: '2030-12-31',
  baseline_year: 2019,
  sdgs: [11, 13],
  themes: ['climate_adaptation'],
};

describe('a programme’s form', () => {
  it('gives back the state it was made from, original language first', () => {
    const draft = programmeDraftFromState(BASE, { city: 'salo' });
    expect(draft.languages).toEqual(['fi', 'en']);
    expect(draft.baseline_year).toBe('2019');
    expect(programmeStateFromDraft(draft)).toEqual(BASE);
  });

  it('reads a baseline year in Persian digits, and none when empty', () => {
    const draft = programmeDraftFromState(BASE, { city: 'salo' });
    expect(programmeStateFromDraft({ ...draft, baseline_year: '۲۰۱۹' }).baseline_year).toBe(2019);
    expect(programmeStateFromDraft({ ...draft, baseline_year: ' ' }).baseline_year).toBeNull();
  });

  it('refuses a baseline year that is not a year before sending', () => {
    const draft = programmeDraftFromState(BASE, { city: 'salo' });
    expect(validateProgramme({ ...draft, baseline_year: '19' }, t)).toHaveProperty('baseline_year');
    expect(validateProgramme({ ...draft, baseline_year: '2019' }, t)).toEqual({});
  });

  it('sends only what changed, a changed language whole', () => {
    const next: ProgrammeState = {
      ...BASE,
      kind: 'secap',
      sdgs: [13, 11],
      translations: { ...BASE.translations, en: { title: 'Salo SECAP', summary: '' } },
    };
    expect(updateProgrammePayload(BASE, next)).toEqual({
      kind: 'secap',
      translations: { en: { title: 'Salo SECAP', summary: '' } },
    });
  });
});
