// The online loader beside `npm run load -- --bulk` on one bundle: REPEATS loads each way, interleaved
// (online, bulk, online, …) so what else the machine does weighs on both alike, each into a fresh
// private neo4j:local with the same heap and page cache: an empty database is the bulk path's
// precondition, and the online side is measured on the same terms. Two rates each: relationships over
// the write phase (online: the relationship batches; bulk: the importer's run, nodes included) and
// over the whole load, from the call until the graph is published.
import { rmSync } from 'node:fs';
import type { GraphBundle } from '@atlas/server/contract';
import { loadNow } from '../lib/machine';
import { cachePath } from '../lib/paths';
import { privateNeo4j } from '../lib/private-neo4j';
import { table } from '../lib/report';
import { type Spread, showSpread, spread } from '../lib/spread';
import { type BulkThroughput, measureBulkLoad } from './bulk-load';
import { type LoadThroughput, measureLoad } from './neo4j-load';

export interface OnlineRun extends LoadThroughput {
  endToEndRelationshipsPerSecond: number;
  loadAverage: number;
}

export interface LoadCompare {
  factor: number;
  nodes: number;
  relationships: number;
  repeats: number;
  online: {
    writeRelationshipsPerSecond: Spread;
    endToEndRelationshipsPerSecond: Spread;
    totalSeconds: Spread;
    runs: OnlineRun[];
  };
  bulk: {
    writeRelationshipsPerSecond: Spread;
    endToEndRelationshipsPerSecond: Spread;
    totalSeconds: Spread;
    offlineSeconds: Spread;
    runs: BulkThroughput[];
  };
}

const DIR = 'neo4j-online';
const log = (line: string) => console.log(`bulk-load  ${line}`);

async function measureOnline(bundle: GraphBundle, graph: string): Promise<OnlineRun> {
  rmSync(cachePath(DIR), { recursive: true, force: true });
  const own = await privateNeo4j({
    dir: DIR,
    password: 'bench-password',
    heap: process.env.BENCH_BULK_NEO4J_HEAP ?? '1g',
    pageCacheMb: Number(process.env.BENCH_BULK_NEO4J_PAGECACHE_MB ?? 512),
  });
  if (own.cli('start') !== 0) throw new Error('could not start a private neo4j:local for the online load');
  try {
    const loadAverage = loadNow();
    const r = await measureLoad({ uri: own.uri, user: own.user, password: own.password }, graph, bundle);
    return {
      ...r,
      endToEndRelationshipsPerSecond: Math.round(r.relationships / r.totalSeconds),
      loadAverage,
    };
  } finally {
    own.cli('stop');
    rmSync(cachePath(DIR), { recursive: true, force: true });
  }
}

export async function compareLoads(
  factor: number,
  bundle: GraphBundle,
  graph: string,
  repeats: number,
): Promise<LoadCompare> {
  const online: OnlineRun[] = [];
  const bulk: BulkThroughput[] = [];
  for (let i = 1; i <= repeats; i++) {
    const o = await measureOnline(bundle, graph);
    online.push(o);
    log(
      `×${factor} online ${i}/${repeats}: ${o.relationshipsPerSecond} rels/s writing, ${o.endToEndRelationshipsPerSecond} end to end (${o.totalSeconds} s, load ${o.loadAverage})`,
    );
    const b = await measureBulkLoad(bundle, graph);
    bulk.push(b);
    log(
      `×${factor} bulk ${i}/${repeats}: ${b.importRelationshipsPerSecond} rels/s importing, ${b.endToEndRelationshipsPerSecond} end to end (${b.totalSeconds} s, offline ${b.offlineSeconds} s, load ${b.loadAverage})`,
    );
  }
  return {
    factor,
    nodes: bundle.nodes.length,
    relationships: bundle.relationships.length,
    repeats,
    online: {
      writeRelationshipsPerSecond: spread(
        online.map((r) => r.relationshipsPerSecond),
        0,
      ),
      endToEndRelationshipsPerSecond: spread(
        online.map((r) => r.endToEndRelationshipsPerSecond),
        0,
      ),
      totalSeconds: spread(
        online.map((r) => r.totalSeconds),
        1,
      ),
      runs: online,
    },
    bulk: {
      writeRelationshipsPerSecond: spread(
        bulk.map((r) => r.importRelationshipsPerSecond),
        0,
      ),
      endToEndRelationshipsPerSecond: spread(
        bulk.map((r) => r.endToEndRelationshipsPerSecond),
        0,
      ),
      totalSeconds: spread(
        bulk.map((r) => r.totalSeconds),
        1,
      ),
      offlineSeconds: spread(
        bulk.map((r) => r.offlineSeconds),
        1,
      ),
      runs: bulk,
    },
  };
}

/** The comparisons as one markdown table: median (min–max) of the runs. */
export function loadCompareMarkdown(cs: readonly LoadCompare[]): string[] {
  return table(
    [
      'load',
      'nodes',
      'relationships',
      'relationships/s, write phase',
      'relationships/s, end to end',
      'total s',
      'Neo4j offline s',
    ],
    cs.flatMap((c) => [
      [
        `×${c.factor} online (Cypher batches)`,
        c.nodes,
        c.relationships,
        showSpread(c.online.writeRelationshipsPerSecond),
        showSpread(c.online.endToEndRelationshipsPerSecond),
        showSpread(c.online.totalSeconds),
        '0',
      ],
      [
        `×${c.factor} --bulk (neo4j-admin import)`,
        c.nodes,
        c.relationships,
        showSpread(c.bulk.writeRelationshipsPerSecond),
        showSpread(c.bulk.endToEndRelationshipsPerSecond),
        showSpread(c.bulk.totalSeconds),
        showSpread(c.bulk.offlineSeconds),
      ],
    ]),
  );
}
