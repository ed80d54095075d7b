import { parseIsoDate } from '../../../i18n/format';

export interface Measurement {
  date: string;
  value: number;
}

export interface ChartSize {
  width: number;
  height: number;
  /** Room at each side for the axes' labels. */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface ChartPoint extends Measurement {
  x: number;
  y: number;
}

export interface ChartGeometry {
  points: ChartPoint[];
  /** The SVG path through the points, in date order. */
  path: string;
  baselineY: number;
  targetY: number;
  /** Values to label on the vertical axis, with their heights. */
  yTicks: { value: number; y: number }[];
  yDomain: [number, number];
}

/** Maps `domain` linearly onto `range`; a domain of one value maps to the middle of the range. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** A step of 1, 2 or 5 times a power of ten that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || count < 1) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The vertical range: every value, the baseline and the target, widened to round steps. */
export function valueDomain(values: readonly number[], tickCount = 4): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    return [low - pad, high + pad];
  }
  const step = niceStep(high - low, tickCount);
  return [Math.floor(low / step) * step, Math.ceil(high / step) * step];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function chartGeometry(
  measurements: readonly Measurement[],
  baseline: number,
  target: number,
  size: ChartSize,
  tickCount = 4,
): ChartGeometry {
  const sorted = measurements
    .map((measurement) => ({ ...measurement, time: parseIsoDate(measurement.date)?.getTime() }))
    .filter(
      (measurement): measurement is Measurement & { time: number } =>
        measurement.time !== undefined,
    )
    .sort((a, b) => a.time - b.time);
  const { width, height, padding } = size;
  const yDomain = valueDomain([baseline, target, ...sorted.map((m) => m.value)], tickCount);
  const y = linearScale(yDomain, [height - padding.bottom, padding.top]);
  const times = sorted.map((m) => m.time);
  const x = linearScale(
    [Math.min(...times), Math.max(...times)],
    [padding.left, width - padding.right],
  );
  const points = sorted.map(({ date, value, time }) => ({
    date,
    value,
    x: round(x(time)),
    y: round(y(value)),
  }));
  const step = niceStep(yDomain[1] - yDomain[0], tickCount);
  const yTicks: { value: number; y: number }[] = [];
  for (let value = yDomain[0]; value <= yDomain[1] + step / 1e6; value += step) {
    const tick = Number(value.toPrecision(12));
    yTicks.push({ value: tick, y: round(y(tick)) });
  }
  return {
    points,
    path: points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`).join(' '),
    baselineY: round(y(baseline)),
    targetY: round(y(target)),
    yTicks,
    yDomain,
  };
}

/** The share of the way to the target as a whole percentage, 0–100; null before any measurement. */
export function progressPercent(ratio: number | null | undefined): number | null {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return null;
  return Math.round(Math.min(1, Math.max(0, ratio)) * 100);
}
