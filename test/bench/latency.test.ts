import { describe, expect, it } from 'vitest';
import { percentile, summarise } from '../../bench/lib/latency';

describe('latency summaries', () => {
  it('takes nearest-rank percentiles of the samples, whatever order they came in', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarise(samples)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('rounds to hundredths of a millisecond', () => {
    expect(summarise([1.23456]).p50).toBe(1.23);
  });

  it('gives NaN, not a number it never saw, when there are no samples', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(summarise([]).max).toBeNaN();
  });
});
