// Child: the HTTP app on the memory store (×1 bundle) and N hostile requests against it, one after
// another. Reports every 5xx (request kind and head, response head), whether the server still
// answers a normal query, and heap after a full GC at baseline and after the flood.
//   hostile-child.ts <bundle.json> <count>
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../../server/src/http/app';
import { readBundleFile } from '../../server/src/store/bundle-source';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { emit } from '../lib/child';
import { hostileRequests } from './hostile-requests';

const [file, countArg] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const store = new MemoryGraphStore(await readBundleFile(file as string));
const { app, stop } = await createApp({ store, logger: pino({ level: 'silent' }) });
const server = createServer(app).listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const normal = async () =>
  (
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ neighbourhood(id: "actor:states", depth: 2) { nodes { id } } }' }),
    })
  ).status === 200;

const heapMb = () => {
  gc();
  gc();
  return Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
};
for (let i = 0; i < 50; i++) await normal();
const baselineMb = heapMb();

const requests = hostileRequests(Number(countArg ?? 1000));
const statuses: Record<string, number> = {};
const serverErrors: Array<{ kind: string; request: string; status: number; response: string }> = [];
let clientFailures = 0;
const t0 = performance.now();
let halfwayMb = 0;
for (const [i, req] of requests.entries()) {
  // a bounded cache fills in the first half and then stays put; a leak keeps growing
  if (i === Math.floor(requests.length / 2)) halfwayMb = heapMb();
  try {
    const res = await fetch(`${url}${req.path}`, {
      method: req.method,
      headers: req.headers,
      ...(req.body === undefined ? {} : { body: req.body as BodyInit }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    if (res.status >= 500) {
      const head = typeof req.body === 'string' ? req.body.slice(0, 300) : `${req.body?.length ?? 0} bytes`;
      serverErrors.push({
        kind: req.kind,
        request: `${req.method} ${req.path.slice(0, 120)} ${head}`,
        status: res.status,
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
emit({
  requests: requests.length,
  seconds: Math.round(seconds),
  statuses,
  serverErrors: serverErrors.slice(0, 20),
  serverErrorCount: serverErrors.length,
  clientFailures,
  stillAnswers,
  heapBaselineMb: baselineMb,
  heapHalfwayMb: halfwayMb,
  heapAfterMb: afterMb,
});
