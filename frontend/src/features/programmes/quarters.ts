/** Quarters as the follow-up counts them: "2026-Q3". */

const PERIOD = /^(\d{4})-Q([1-4])$/;

export function quarterOf(day: Date): string {
  return `${day.getUTCFullYear()}-Q${Math.floor(day.getUTCMonth() / 3) + 1}`;
}

/** The quarter `quarters` after `period` (before it when negative). */
export function shiftedQuarter(period: string, quarters: number): string {
  const match = PERIOD.exec(period);
  if (match === null) return period;
  const index = Number(match[1]) * 4 + (Number(match[2]) - 1) + quarters;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The last full quarter before `today`: a check-in's usual period (on 3 December 2026, 2026-Q3). */
export function quarterJustEnded(today: Date): string {
  return shiftedQuarter(quarterOf(today), -1);
}

/** The quarters a check-in may be for, newest first: the one under way and the eight before it. */
export function recentQuarters(today: Date, count = 9): string[] {
  const current = quarterOf(today);
  return Array.from({ length: count }, (_, index) => shiftedQuarter(current, -index));
}

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}
