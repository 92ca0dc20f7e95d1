// Neo4j restarted during a load test: the server (its own process, Neo4j store) keeps serving while a
// second neo4j:local instance is stopped and started again. Pass: errors only between the stop
// command and Bolt answering again, a request sent after that succeeding within 5 s, the same server
// process. Status 0 = no HTTP answer within the client's 15 s.
import { readFileSync } from 'node:fs';
import type { GraphBundle } from '@atlas/server/contract';
import { loadBundleIntoNeo4j } from '@atlas/server/load';
import { bundleFile } from '../lib/paths';
import { startServer } from '../lib/server';
import type { SecondInstance } from './local-neo4j';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUERY = JSON.stringify({ query: '{ neighbourhood(id: "actor:states", depth: 1) { nodes { id } } }' });

export interface RestartResults {
  requests: number;
  errors: number;
  errorsOutsideOutage: number;
  downSeconds: number;
  firstSuccessAfterUpMs: number | null;
  serverRestarted: boolean;
  errorStatuses: Record<string, number>;
  /** How long failing requests took: an outage should fail fast, not hang. */
  errorLatencyMs: { median: number; max: number };
  pass: boolean;
  skipped?: string;
}

/** `neo` is running; it is stopped and started once here, and left running. */
export async function neo4jRestart(neo: SecondInstance): Promise<RestartResults> {
  const graph = 'bench-restart';
  const settings = { uri: neo.uri, user: neo.user, password: neo.password, graph };
  await loadBundleIntoNeo4j(JSON.parse(readFileSync(bundleFile(1), 'utf8')) as GraphBundle, settings);
  const server = await startServer({
    kind: 'neo4j',
    env: { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, NEO4J_GRAPH: graph },
  });
  const pid = server.child.pid;
  const samples: Array<{ start: number; t: number; ok: boolean; status: number }> = [];
  const inFlight = new Set<Promise<void>>();
  let running = true;
  // open loop, one request every 100 ms whatever the answers take: a request stuck in the outage
  // cannot delay the probes that tell when the service is back
  const one = async () => {
    const start = Date.now();
    let status = 0;
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: QUERY,
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await res.json()) as { errors?: unknown };
      status = res.status;
      samples.push({ start, t: Date.now(), ok: res.status === 200 && !body.errors, status });
    } catch {
      samples.push({ start, t: Date.now(), ok: false, status });
    }
  };
  const ticker = setInterval(() => {
    if (!running) return;
    const p = one().finally(() => inFlight.delete(p));
    inFlight.add(p);
  }, 100);
  const clients = [
    (async () => {
      while (running) await sleep(100);
      clearInterval(ticker);
      await Promise.all([...inFlight]);
    })(),
  ];
  try {
    await sleep(5000);
    const downFrom = Date.now();
    await neo.cliAsync('stop');
    const stoppedAt = Date.now();
    await sleep(3000);
    if ((await neo.cliAsync('start')) !== 0) throw new Error('the second instance did not come back');
    const upAt = Date.now();
    await sleep(10_000);
    running = false;
    await Promise.all(clients);
    const errors = samples.filter((s) => !s.ok);
    const outside = errors.filter((s) => s.t < downFrom || s.t > upAt + 5000);
    const firstOk = samples.filter((s) => s.ok && s.start >= upAt).sort((a, b) => a.t - b.t)[0];
    const errorLatencies = errors.map((e) => e.t - e.start).sort((a, b) => a - b);
    const errorStatuses: Record<string, number> = {};
    for (const e of errors) errorStatuses[e.status] = (errorStatuses[e.status] ?? 0) + 1;
    const serverRestarted = server.child.exitCode !== null || server.child.pid !== pid;
    const firstSuccessAfterUpMs = firstOk ? firstOk.t - upAt : null;
    return {
      requests: samples.length,
      errors: errors.length,
      errorsOutsideOutage: outside.length,
      downSeconds: Math.round((upAt - stoppedAt) / 100) / 10,
      firstSuccessAfterUpMs,
      serverRestarted,
      errorStatuses,
      errorLatencyMs: {
        median: errorLatencies[Math.floor(errorLatencies.length / 2)] ?? 0,
        max: errorLatencies.at(-1) ?? 0,
      },
      pass:
        outside.length === 0 &&
        firstSuccessAfterUpMs !== null &&
        firstSuccessAfterUpMs <= 5000 &&
        !serverRestarted,
    };
  } finally {
    running = false;
    await server.stop();
  }
}
