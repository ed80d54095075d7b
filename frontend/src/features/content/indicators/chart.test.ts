import { describe, expect, it } from 'vitest';
import { chartGeometry, linearScale, niceStep, progressPercent, valueDomain } from './chart';

const SIZE = { width: 320, height: 160, padding: { top: 10, right: 10, bottom: 30, left: 40 } };

describe('scales', () => {
  it('maps a domain onto a range, also reversed', () => {
    const y = linearScale([0, 300], [130, 10]);
    expect(y(0)).toBe(130);
    expect(y(300)).toBe(10);
    expect(y(150)).toBe(70);
  });

  it('puts a single value in the middle', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(300, 4)).toBe(100);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0.9, 4)).toBe(0.5);
  });

  it('widens the value range to round steps around baseline, target and values', () => {
    expect(valueDomain([0, 30, 7, 21])).toEqual([0, 30]);
    expect(valueDomain([12, 3, 27.5])).toEqual([0, 30]);
    expect(valueDomain([40, 40])).toEqual([36, 44]);
    expect(valueDomain([0])).toEqual([-1, 1]);
  });
});

describe('chartGeometry', () => {
  const measurements = [
    { date: '2025-09-30', value: 148 },
    { date: '2025-03-31', value: 64 },
    { date: '2026-06-30', value: 212 },
  ];
  const chart = chartGeometry(measurements, 0, 300, SIZE);

  it('draws the measurements in date order across the width', () => {
    expect(chart.points.map((point) => point.date)).toEqual([
      '2025-03-31',
      '2025-09-30',
      '2026-06-30',
    ]);
    expect(chart.points[0]?.x).toBe(40);
    expect(chart.points[2]?.x).toBe(310);
    expect(chart.path.startsWith('M40,')).toBe(true);
    expect(chart.path.split('L')).toHaveLength(3);
  });

  it('puts the baseline at the bottom and the target at the top', () => {
    expect(chart.baselineY).toBe(130);
    expect(chart.targetY).toBe(10);
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 100, 200, 300]);
  });

  it('handles a falling target (less is better)', () => {
    const falling = chartGeometry([{ date: '2025-01-01', value: 80 }], 100, 40, SIZE);
    expect(falling.targetY).toBeGreaterThan(falling.baselineY);
    expect(falling.points[0]?.x).toBe(175);
  });
});

describe('progressPercent', () => {
  it('is a whole percentage between 0 and 100', () => {
    expect(progressPercent(0.7067)).toBe(71);
    expect(progressPercent(1.4)).toBe(100);
    expect(progressPercent(-0.2)).toBe(0);
  });

  it('is null before the first measurement', () => {
    expect(progressPercent(null)).toBeNull();
  });
});
