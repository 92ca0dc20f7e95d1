// The one rule every load part reports latencies by: nearest-rank percentiles of the sorted samples,
// in ms to two decimals, so figures of different parts (api, load, compare) compare like for like.

/** Nearest-rank percentile of ascending `sorted`; NaN when there are no samples. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

const round = (ms: number): number => Math.round(ms * 100) / 100;

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** p50/p95/p99/max of latencies in ms (sorted here, in place). */
export function summarise(latencies: number[]): LatencySummary {
  latencies.sort((a, b) => a - b);
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies[latencies.length - 1] ?? Number.NaN),
  };
}
