// A bounded, sequential request loop against one in-process server: each query runs until it has
// `requests` samples or `seconds` have passed, after a short warm-up; latencies are wall-clock per
// HTTP request as a client sees them. Sequential on purpose: p95 of one request, not of a queue.
import type { BenchQuery } from './queries';

export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const round = (ms: number): number => Math.round(ms * 100) / 100;

async function once(url: string, q: BenchQuery, i: number): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables[i % q.variables.length] }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  const ms = performance.now() - started;
  if (res.status !== 200 || body.errors) throw new Error(`${q.name} failed: ${JSON.stringify(body.errors)}`);
  return ms;
}

export async function measure(
  url: string,
  q: BenchQuery,
  requests: number,
  seconds: number,
): Promise<Percentiles> {
  for (let i = 0; i < 10; i++) await once(url, q, i);
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  for (let i = 0; i < requests && performance.now() < deadline; i++) samples.push(await once(url, q, i));
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}
