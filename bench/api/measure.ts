// A bounded, sequential request loop against one in-process server: each query runs until it has
// `requests` samples or `seconds` have passed, after a warm-up; latencies are wall-clock per HTTP
// request as a client sees them. Sequential on purpose: p95 of one request, not of a queue.
// The warm-up is long enough for V8 to optimise the execution path (10 requests were not: the slow
// first requests then landed in p99), and the client only reads the body as text: a JSON.parse of a
// 120 KB answer on the server's own thread is client work a browser does elsewhere.
import type { BenchQuery } from './queries';
import { summarise } from '../lib/latency';

export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const WARMUP_REQUESTS = 100;
const WARMUP_SECONDS = 3;

async function once(url: string, q: BenchQuery, i: number): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables[i % q.variables.length] }),
  });
  const body = await res.text();
  const ms = performance.now() - started;
  // Apollo writes `errors` before `data`, so a failed answer starts with it.
  if (res.status !== 200 || body.startsWith('{"errors"')) throw new Error(`${q.name} failed: ${body}`);
  return ms;
}

export async function measure(
  url: string,
  q: BenchQuery,
  requests: number,
  seconds: number,
): Promise<Percentiles> {
  const warm = performance.now() + WARMUP_SECONDS * 1000;
  for (let i = 0; i < WARMUP_REQUESTS && performance.now() < warm; i++) await once(url, q, i);
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  for (let i = 0; i < requests && performance.now() < deadline; i++) samples.push(await once(url, q, i));
  return { samples: samples.length, ...summarise(samples) };
}
