// Load part: GraphQL under autocannon on loopback, the server in its own process. Per query (search,
// neighbourhood, obligationChains, overlap), store (memory, Neo4j) and scale (×1, ×100): p50/p95/p99
// and requests/s with BENCH_LOAD_CONNECTIONS (10) clients for BENCH_LOAD_SECONDS (5 s). At ×1 on the
// memory store, the targets: 50 clients for 30 s with zero errors, and a constant 200
// requests/s with p99 ≤ 50 ms (both on the mix of the four queries), neighbourhood p95 ≤ 20 ms.
// The constant rate is an open model (constant-rate.ts); autocannon's `overallRate`, which sends each
// connection's share in a burst at the start of every second, is still run and reported as `burstRate`.
import { cpus } from 'node:os';
import { readBundle } from '@atlas/graph-seed/bundle';
import { loadBundleIntoNeo4j } from '@atlas/server/load';
import { BENCH_QUERIES, type BenchQuery, withDocuments } from '../api/queries';
import { loadNow } from '../lib/machine';
import type { BenchNeo4j } from '../lib/neo4j';
import { bundleFile } from '../lib/paths';
import { graphqlOk, type ServerStore, startServer } from '../lib/server';
import { bodies, type CannonResult, cannon } from './cannon';
import { constantRate } from './constant-rate';
import { latencyFloor } from './floor';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 10);
/** At ×100 the analyses take seconds per request: fewer clients keep the run bounded. */
const CONNECTIONS_X100 = Number(process.env.BENCH_LOAD_CONNECTIONS_X100 ?? 2);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 30);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 20);
const FLOOR_SECONDS = 10;

export const TARGETS = { neighbourhoodP95Ms: 20, soakConnections: 50, rate: 200, rateP99Ms: 50 };

type Run = CannonResult & { loadAverage: number; connections?: number; drainMs?: number };
export interface LoadResults {
  method: string;
  perQuery: Record<string, Record<string, Record<string, Run>>>;
  soak?: Run;
  constantRate?: Run;
  /** autocannon `overallRate` (the method before 2026-11-23's evening): 20 connections, bursts each second. */
  burstRate?: Run;
  /** The same constant rate against a server that does no work, right after (floor.ts). */
  constantRateFloor?: Run;
  targets: Record<string, { value: number; target: string; met: boolean }>;
}

const log = (line: string) => console.log(`load   ${line}`);

/** The graph's documents in the API's order, for the overlap question. */
async function documentIds(url: string): Promise<string[]> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ documents { id } }' }),
  });
  const body = (await res.json()) as { data?: { documents: Array<{ id: string }> } };
  if (!body.data) throw new Error(`documents query failed: ${JSON.stringify(body).slice(0, 200)}`);
  return body.data.documents.map((d) => d.id);
}

async function queriesFor(url: string): Promise<BenchQuery[]> {
  return withDocuments(BENCH_QUERIES, await documentIds(url));
}

/**
 * Waits until the server answers a trivial query again: a slow query (overlap at ×100) keeps Node's
 * one thread busy after the client's run ends, and must not be billed to the next query.
 */
async function drain(url: string, boundMs = 90_000): Promise<number> {
  const t0 = Date.now();
  while (!(await graphqlOk(url)) && Date.now() - t0 < boundMs) await new Promise((r) => setTimeout(r, 250));
  return Date.now() - t0;
}

async function measureQueries(url: string, label: string, connections: number): Promise<Record<string, Run>> {
  const out: Record<string, Run> = {};
  const queries = await queriesFor(url);
  for (const q of queries) {
    await cannon(url, bodies(q), { connections: 1, seconds: 1 }); // warm-up: JIT, caches, pools
    await drain(url);
    const loadAverage = loadNow();
    const r = await cannon(url, bodies(q), { connections, seconds: SECONDS });
    const drainMs = await drain(url);
    out[q.name] = { ...r, loadAverage, connections, drainMs };
    log(
      `${label} ${q.name.padEnd(16)} p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms, ${r.requestsPerSecond} req/s, errors ${r.errors + r.non2xx + r.graphqlErrors + r.timeouts}, busy ${drainMs} ms after`,
    );
  }
  return out;
}

export async function runLoad(neo: BenchNeo4j | null): Promise<LoadResults> {
  const perQuery: LoadResults['perQuery'] = { memory: {}, neo4j: {} };
  const results: LoadResults = {
    method: `autocannon on 127.0.0.1, server in its own process; per query ${CONNECTIONS} connections at ×1, ${CONNECTIONS_X100} at ×100, ${SECONDS} s each, after a 1 s warm-up; before the next query the server is given up to 90 s to finish what it still computes (busy ms). Constant rate at ×1 memory: ${TARGETS.rate} requests/s evenly spaced for ${RATE_SECONDS} s on the four-query mix, open model over a keep-alive pool, latency from each request's scheduled send; the load generator shares the machine's ${cpus().length} cores with the server`,
    perQuery,
    targets: {},
  };
  for (const factor of [1, 100]) {
    const stores: Array<[string, ServerStore]> = [['memory', { kind: 'memory', bundle: bundleFile(factor) }]];
    if (neo) {
      stores.push([
        'neo4j',
        {
          kind: 'neo4j',
          env: {
            NEO4J_URI: neo.uri,
            NEO4J_USER: neo.user,
            NEO4J_PASSWORD: neo.password,
            NEO4J_GRAPH: `bench-x${factor}`,
          },
        },
      ]);
    }
    // the scale part loaded these graphs; a no-op then (same bundle), a real load when it did not run
    if (neo) {
      const bundle = await readBundle(bundleFile(factor));
      // a failed clean-up after publishing still leaves a complete graph for readers: measure it anyway
      await loadBundleIntoNeo4j(bundle, { ...neo, graph: `bench-x${factor}` }).catch((error: unknown) => {
        log(
          `neo4j load ×${factor} failed (${String((error as Error).cause ?? error).slice(0, 200)}); measuring what is published`,
        );
      });
    }
    for (const [name, store] of stores) {
      const server = await startServer(store);
      try {
        (perQuery[name] as Record<string, Record<string, Run>>)[`x${factor}`] = await measureQueries(
          server.url,
          `${name} ×${factor}`,
          factor === 1 ? CONNECTIONS : CONNECTIONS_X100,
        );
        if (name === 'memory' && factor === 1) {
          const mix = (await queriesFor(server.url)).flatMap(bodies);
          let loadAverage = loadNow();
          const soak = await cannon(server.url, mix, {
            connections: TARGETS.soakConnections,
            seconds: SOAK_SECONDS,
          });
          results.soak = { ...soak, loadAverage };
          log(
            `soak ${TARGETS.soakConnections} clients × ${SOAK_SECONDS} s: ${soak.requests} requests, errors ${soak.errors + soak.non2xx + soak.graphqlErrors + soak.timeouts}`,
          );
          loadAverage = loadNow();
          const burst = await cannon(server.url, mix, {
            connections: 20,
            seconds: RATE_SECONDS,
            overallRate: TARGETS.rate,
          });
          results.burstRate = { ...burst, loadAverage };
          log(
            `autocannon overallRate ${TARGETS.rate} (bursts of 20 each second) × ${RATE_SECONDS} s: p50 ${burst.p50} p95 ${burst.p95} p99 ${burst.p99} ms`,
          );
          await drain(server.url);
          loadAverage = loadNow();
          const rate = await constantRate(server.url, mix, { rate: TARGETS.rate, seconds: RATE_SECONDS });
          results.constantRate = { ...rate, loadAverage };
          log(
            `constant ${TARGETS.rate} req/s (open model) × ${RATE_SECONDS} s: p50 ${rate.p50} p95 ${rate.p95} p99 ${rate.p99} ms (${rate.requestsPerSecond} req/s, errors ${rate.errors + rate.non2xx + rate.graphqlErrors + rate.timeouts})`,
          );
          loadAverage = loadNow();
          const floor = await latencyFloor(TARGETS.rate, FLOOR_SECONDS);
          results.constantRateFloor = { ...floor, loadAverage };
          log(
            `the machine's floor at the same rate (a server doing no work): p50 ${floor.p50} p99 ${floor.p99} ms`,
          );
        }
      } finally {
        await server.stop();
      }
    }
  }
  const nb = perQuery.memory?.x1?.neighbourhood?.p95 ?? Number.NaN;
  const soak = results.soak;
  const soakErrors = soak ? soak.errors + soak.non2xx + soak.graphqlErrors + soak.timeouts : Number.NaN;
  const p99 = results.constantRate?.p99 ?? Number.NaN;
  results.targets = {
    memoryX1NeighbourhoodP95Ms: {
      value: nb,
      target: `≤ ${TARGETS.neighbourhoodP95Ms} (at ${CONNECTIONS} connections)`,
      met: nb <= TARGETS.neighbourhoodP95Ms,
    },
    soakErrors: {
      value: soakErrors,
      target: `0 (${TARGETS.soakConnections} clients, ${SOAK_SECONDS} s)`,
      met: soakErrors === 0,
    },
    constantRateP99Ms: {
      value: p99,
      target: `≤ ${TARGETS.rateP99Ms} at ${TARGETS.rate} req/s, evenly spaced, timed from each scheduled send (the machine's floor, a server doing no work: p99 ${results.constantRateFloor?.p99 ?? '—'}; autocannon overallRate bursts: p99 ${results.burstRate?.p99 ?? '—'})`,
      met: p99 <= TARGETS.rateP99Ms,
    },
  };
  return results;
}
