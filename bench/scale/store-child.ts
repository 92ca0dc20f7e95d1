// Child: start-up of the memory store from a bundle file, as the server does it (read, parse and
// validate, build the indexes), and the heap it keeps once built (after a full GC).
//   store-child.ts <bundle.json>
import { MemoryGraphStore, readBundleFile } from '@atlas/server/store';
import { emit } from '../lib/child';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: store-child.ts <bundle.json>');
gc();
const baseline = process.memoryUsage().heapUsed;
const t0 = performance.now();
let bundle: Awaited<ReturnType<typeof readBundleFile>> | null = await readBundleFile(file);
const t1 = performance.now();
const store = new MemoryGraphStore(bundle);
const t2 = performance.now();
const counts = { nodes: bundle.nodes.length, relationships: bundle.relationships.length };
// what the server keeps is the store, not the parsed file: drop our reference before measuring
bundle = null;
await store.health();
gc();
const heapMb = (process.memoryUsage().heapUsed - baseline) / 2 ** 20;
emit({
  ...counts,
  readMs: Math.round(t1 - t0),
  buildMs: Math.round(t2 - t1),
  startupMs: Math.round(t2 - t0),
  heapMb: Math.round(heapMb),
});
