// One bounded autocannon run against a GraphQL endpoint on loopback. Latencies are collected from
// every response (autocannon's own summary has no p95); a 200 whose body carries GraphQL `errors`
// counts as an error too, since the server answers failures with 200 + errors.
import autocannon from 'autocannon';
import type { BenchQuery } from '../api/queries';
import { summarise } from '../lib/latency';

/** The request bodies of one query, one per argument set: each connection cycles through them. */
export const bodies = (q: BenchQuery): string[] =>
  q.variables.map((variables) => JSON.stringify({ query: q.query, variables }));

export interface CannonResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  timeouts: number;
  /** The first transport error's message, if any (constant-rate.ts). */
  firstError?: string;
}

export interface CannonOptions {
  connections: number;
  seconds: number;
  /** Constant request rate across all connections (open model); omit for as fast as possible. */
  overallRate?: number;
}

export async function cannon(url: string, payloads: string[], options: CannonOptions): Promise<CannonResult> {
  let graphqlErrors = 0;
  const requests = payloads.map((body) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body,
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"errors"')) graphqlErrors++;
    },
  }));
  const latencies: number[] = [];
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        requests,
        ...(options.overallRate ? { overallRate: options.overallRate } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance?.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const result = await done;
  return {
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / options.seconds),
    ...summarise(latencies),
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
    timeouts: result.timeouts,
  };
}
