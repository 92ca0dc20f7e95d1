// npm run bench: p50/p95/p99 of search, neighbourhood, obligationChains and overlap through the HTTP
// API, on the memory store and (when NEO4J_URI is set) on Neo4j loaded with the same corpus bundle.
// Writes bench/results/<date>-api.json; bounded to about a minute per store.
// First: the server's face, which makes the server run as in production (NODE_ENV read by the
// libraries as they load).
import { createApp } from '@atlas/server';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { buildBundle } from '@atlas/graph-seed';
import type { GraphBundle, GraphStore } from '@atlas/server/contract';
import { loadBundleIntoNeo4j } from '@atlas/server/load';
import { MemoryGraphStore, Neo4jGraphStore } from '@atlas/server/store';
import { measure, type Percentiles, WARMUP_REQUESTS } from './measure';
import { BENCH_QUERIES } from './queries';

const REQUESTS = 400;
const SECONDS_PER_QUERY = 12;
/** The target: neighbourhood p95 on the memory store. */
const NEIGHBOURHOOD_P95_MS = 20;

async function benchStore(store: GraphStore): Promise<Record<string, Percentiles>> {
  const { app, stop } = await createApp({ store, logger: pino({ level: 'silent' }) });
  const server = createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const out: Record<string, Percentiles> = {};
  try {
    for (const q of BENCH_QUERIES) {
      out[q.name] = await measure(url, q, REQUESTS, SECONDS_PER_QUERY);
      console.log(`${store.kind.padEnd(6)} ${q.name.padEnd(17)} ${JSON.stringify(out[q.name])}`);
    }
  } finally {
    await stop();
    server.closeAllConnections();
    server.close();
  }
  return out;
}

async function neo4jStore(bundle: GraphBundle): Promise<GraphStore | null> {
  const uri = process.env.NEO4J_URI;
  if (!uri) return null;
  const settings = {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    // Its own named graph: loading into the default one would replace the graph the server reads.
    graph: process.env.NEO4J_GRAPH ?? 'benchapi',
  };
  await loadBundleIntoNeo4j(bundle, settings);
  return new Neo4jGraphStore(settings);
}

async function main(): Promise<void> {
  const bundle = await buildBundle();
  const results: Record<string, Record<string, Percentiles>> = {};
  results.memory = await benchStore(new MemoryGraphStore(bundle));
  const neo = await neo4jStore(bundle);
  if (neo) {
    results.neo4j = await benchStore(neo);
    await neo.close();
  } else console.log('neo4j: skipped (NEO4J_URI not set)');
  const p95 = results.memory.neighbourhood?.p95 ?? Number.NaN;
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    // Tail latencies of a sequential loop follow the machine's load: a busy machine preempts requests.
    machine: { cores: cpus().length, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
    graph: { nodes: bundle.nodes.length, relationships: bundle.relationships.length },
    method: `sequential HTTP requests on 127.0.0.1, ${REQUESTS} per query or ${SECONDS_PER_QUERY}s, after ${WARMUP_REQUESTS} warm-up (or 3 s)`,
    results,
    targets: { memoryNeighbourhoodP95Ms: NEIGHBOURHOOD_P95_MS, met: p95 <= NEIGHBOURHOOD_P95_MS },
  };
  const dir = new URL('../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${report.date.slice(0, 10)}-api.json`, dir);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `memory neighbourhood p95 ${p95} ms (target ≤ ${NEIGHBOURHOOD_P95_MS} ms): ${report.targets.met ? 'met' : 'MISSED'}`,
  );
  console.log(`wrote ${file.pathname}`);
  if (!report.targets.met) process.exitCode = 1;
}

await main();
