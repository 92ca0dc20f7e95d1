// Child: the HTTP app on the memory store (×1 bundle) and N hostile requests against it, one after
// another. Reports every 5xx (request kind and head, response head), whether the server still
// answers a normal query, and the heap after a full GC at three points with the same warm-up behind
// them: after the warm-up, after N *valid* requests (the baseline), and after N hostile ones.
//   hostile-child.ts <bundle.json> <count>
//
// Why this shape: caches that are bounded still fill, so "back to baseline" means within the caches'
// budgets of a server that served as many valid requests, not of a freshly started one. The warm-up
// sends every hostile kind once (other seed), so the code the error paths load (modules, their source
// maps) is in all three figures. The client shares the process: its resource-timing buffer (undici
// keeps the last 250 fetches) is cleared before each reading, and the requests are generated one at a
// time, so the figures are the server's.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '@atlas/server';
import { MemoryGraphStore, readBundleFile } from '@atlas/server/store';
import { bodies } from '../load/cannon';
import { BENCH_QUERIES } from '../api/queries';
import { emit } from '../lib/child';
import { type HostileRequest, hostileRequests, TEMPLATE_COUNT } from './hostile-requests';

/**
 * Allowed heap growth over the valid-request baseline: "a few MB". One-off documents are neither kept
 * nor compiled; what a hostile client sends twice is kept, and compiled by graphql-jit if small, within
 * the document cache's budget (4 MiB, compilations counted: server/src/graphql/document-store.ts). The
 * baseline itself moves by up to ~2 MB between runs (V8's code and feedback). Figures:
 * bench/results/2026-12-04-design-figures.md.
 */
const HEAP_GROWTH_LIMIT_MB = 6;

const [file, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 1000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const store = new MemoryGraphStore(await readBundleFile(file as string));
const { app, stop } = await createApp({ store, logger: pino({ level: 'silent' }) });
const server = createServer(app).listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const send = async (req: HostileRequest) => {
  const res = await fetch(`${url}${req.path}`, {
    method: req.method,
    headers: req.headers,
    ...(req.body === undefined ? {} : { body: req.body as BodyInit }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, text: await res.text() };
};
const valid = BENCH_QUERIES.flatMap(bodies);
const validRequest = (i: number): HostileRequest => ({
  kind: 'valid',
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: valid[i % valid.length] as string,
});
const normal = async () =>
  (
    await send({
      ...validRequest(0),
      body: JSON.stringify({ query: '{ neighbourhood(id: "actor:states", depth: 2) { nodes { id } } }' }),
    })
  ).status === 200;

const heapMb = () => {
  performance.clearResourceTimings();
  gc();
  gc();
  return Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
};

for (let i = 0; i < 50; i++) await normal();
for (const req of hostileRequests(TEMPLATE_COUNT, 11)) await send(req).catch(() => undefined);
// the whole-graph export is cached once per graph version: the warm-up's random pick may miss it
await send({ kind: 'export', method: 'GET', path: '/export/graph.graphml', headers: {} });
const warmMb = heapMb();
for (let i = 0; i < count; i++) await send(validRequest(i));
const validMb = heapMb();

const statuses: Record<string, number> = {};
const serverErrors: Array<{ kind: string; request: string; status: number; response: string }> = [];
let clientFailures = 0;
const t0 = performance.now();
let halfwayMb = 0;
let i = 0;
for (const req of hostileRequests(count)) {
  // a bounded cache fills in the first half and then stays put; a leak keeps growing
  if (i++ === Math.floor(count / 2)) halfwayMb = heapMb();
  try {
    const { status, text } = await send(req);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 500) {
      const head = typeof req.body === 'string' ? req.body.slice(0, 300) : `${req.body?.length ?? 0} bytes`;
      serverErrors.push({
        kind: req.kind,
        request: `${req.method} ${req.path.slice(0, 120)} ${head}`,
        status,
        response: text.slice(0, 300),
      });
    }
  } catch {
    // the server closing a connection on a body it refuses is not a crash: the next request tells
    clientFailures++;
  }
}
const seconds = (performance.now() - t0) / 1000;
const stillAnswers = await normal();
const afterMb = heapMb();
await stop();
server.closeAllConnections();
server.close();
const growthMb = Math.round((afterMb - validMb) * 10) / 10;
emit({
  requests: count,
  seconds: Math.round(seconds),
  statuses,
  serverErrors: serverErrors.slice(0, 20),
  serverErrorCount: serverErrors.length,
  clientFailures,
  stillAnswers,
  heapWarmMb: warmMb,
  /** The baseline: after the warm-up and `count` valid requests. */
  heapBaselineMb: validMb,
  heapHalfwayMb: halfwayMb,
  heapAfterMb: afterMb,
  heapGrowthMb: growthMb,
  heapGrowthLimitMb: HEAP_GROWTH_LIMIT_MB,
  heapBackToBaseline: growthMb <= HEAP_GROWTH_LIMIT_MB,
});
