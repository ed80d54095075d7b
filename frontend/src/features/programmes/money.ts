/** Money per currency, as a programme's figures give it: {"EUR": 1250000, "TRY": 30000000}. */
export type MoneyByCurrency = Readonly<Record<string, number>>;

export interface MoneyRow {
  currency: string;
  cost: number | null;
  funded: number | null;
  gap: number | null;
}

/** One row per currency that any of the figures uses, in alphabetical order of the code. */
export function moneyRows(
  cost: MoneyByCurrency,
  funded: MoneyByCurrency,
  gap: MoneyByCurrency,
): MoneyRow[] {
  const currencies = [
    ...new Set([...Object.keys(cost), ...Object.keys(funded), ...Object.keys(gap)]),
  ].sort();
  return currencies.map((currency) => ({
    currency,
    cost: cost[currency] ?? null,
    funded: funded[currency] ?? null,
    gap: gap[currency] ?? null,
  }));
}

/** How much of the cost is funded, 0 to 1; null when the cost is unknown or nothing. */
export function fundedShare(row: Pick<MoneyRow, 'cost' | 'funded'>): number | null {
  if (row.cost === null || row.cost <= 0) return null;
  return Math.min(1, Math.max(0, (row.funded ?? 0) / row.cost));
}

/** The options of Intl.NumberFormat for an amount in `currency`: whole units for large sums. */
export function moneyFormat(currency: string, amount: number): Intl.NumberFormatOptions {
  return {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  };
}
