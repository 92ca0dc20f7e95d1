// How a figure measured over repeated rounds is reported: its median with the min and max of the
// rounds, and whether the spread is too wide to conclude anything (max/min above SPREAD_LIMIT). On a
// machine shared with other work, one figure without its spread says little.

/** Above this max/min ratio a figure's rounds disagree too much to read a difference from it. */
export const SPREAD_LIMIT = 1.5;

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
  /** max/min > SPREAD_LIMIT: the rounds disagree too much to conclude. */
  tooWide: boolean;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Median (the mean of the middle two for an even count), min and max of `values`. */
export function spread(values: readonly number[], digits = 2): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n, tooWide: true };
  const mid = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  return {
    median: round(median, digits),
    min: round(min, digits),
    max: round(max, digits),
    n,
    tooWide: min <= 0 || max / min > SPREAD_LIMIT,
  };
}

/** `median (min–max)`, the way every repeated figure is written. */
export const showSpread = (s: Spread, unit = ''): string => `${s.median}${unit} (${s.min}–${s.max}${unit})`;

/** The line a report prints under a figure whose rounds disagree too much. */
export const tooWideLine = (what: string, s: Spread): string =>
  `${what}: spread too wide to conclude (max/min ${round(s.max / s.min, 2)} > ${SPREAD_LIMIT} over ${s.n} rounds).`;
