// A constant request rate (open model): request i leaves at start + i / rate whatever the server has
// answered so far, and its latency counts from that scheduled time, so a stall is billed to every
// request it delays (no coordinated omission). Hand-written because autocannon has no open model: its
// `overallRate` resets a per-connection budget once a second, so every connection sends its share back
// to back at the start of each second (a burst of `connections` concurrent requests, then idle); k6
// and wrk2 have one but are not npm packages. Node's keep-alive http.Agent carries the requests.
import { Agent, request } from 'node:http';
import { summarise } from '../lib/latency';
import type { CannonResult } from './cannon';

export interface ConstantRateOptions {
  /** Requests per second, evenly spaced. */
  rate: number;
  seconds: number;
  /** Open connections at most; a request finding none free waits, and the wait counts. */
  maxSockets?: number;
  timeoutMs?: number;
}

type Outcome = 'ok' | 'non2xx' | 'graphqlError' | 'error' | 'timeout';

export async function constantRate(
  url: string,
  payloads: string[],
  options: ConstantRateOptions,
): Promise<CannonResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  // With a `timeout`, the agent also honours the server's Keep-Alive hint and drops an idle socket
  // a second before the server would (without one, reusing it races the server's close: ECONNRESET).
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64, timeout: timeoutMs });
  const target = new URL('/graphql', url);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const counts: Record<Outcome, number> = { ok: 0, non2xx: 0, graphqlError: 0, error: 0, timeout: 0 };
  let firstError: string | undefined;

  const send = (body: string, scheduled: number) =>
    new Promise<void>((resolve) => {
      const done = (outcome: Outcome) => {
        latencies.push(performance.now() - scheduled);
        counts[outcome]++;
        resolve();
      };
      const req = request(
        target,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status < 200 || status > 299) done('non2xx');
            else done(Buffer.concat(chunks).includes('"errors"') ? 'graphqlError' : 'ok');
          });
          res.on('error', () => done('error'));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => {
        firstError ??= `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`.trim();
        done(error.message === 'timeout' ? 'timeout' : 'error');
      });
      req.end(body);
    });

  const inFlight: Array<Promise<void>> = [];
  const start = performance.now();
  let sent = 0;
  await new Promise<void>((finished) => {
    // Every millisecond or so, send what is due: a late timer sends the backlog at once, each request
    // still timed from its own scheduled moment.
    const tick = () => {
      const due = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
      for (; sent < due; sent++) {
        inFlight.push(send(payloads[sent % payloads.length] as string, start + sent * interval));
      }
      if (sent < total) setTimeout(tick, 1);
      else finished();
    };
    tick();
  });
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    ...summarise(latencies),
    errors: counts.error,
    non2xx: counts.non2xx,
    graphqlErrors: counts.graphqlError,
    timeouts: counts.timeout,
    ...(firstError ? { firstError } : {}),
  };
}
