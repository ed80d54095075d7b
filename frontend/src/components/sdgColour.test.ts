import { describe, expect, it } from 'vitest';
import { contrastRatio, textColourOn } from './sdgColour';

/** The official colours of the 17 goals, as GET /api/v1/sdgs sends them. */
const SDG_COLOURS = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
];

describe('text on the SDG colours', () => {
  it('is black or white, whichever meets WCAG AA for normal text', () => {
    for (const colour of SDG_COLOURS) {
      expect(contrastRatio(colour, textColourOn(colour)), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('is white on dark blue and black on yellow', () => {
    expect(textColourOn('#19486A')).toBe('#ffffff');
    expect(textColourOn('#FCC30B')).toBe('#000000');
  });

  it('measures the known ratio of black on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });
});
