// One bulk load of a bundle into a fresh private neo4j:local (own port and data folder, deleted before
// and after): started once so the database exists and is empty, then `bulkLoadIntoLocalNeo4j`
// (`npm run load -- --bulk`) imports beside it, restarts it on the import and publishes. The private
// instance gets the heap and page cache of the online side's (BENCH_BULK_NEO4J_HEAP / _PAGECACHE_MB,
// default neo4j:local's own 1g / 512 MB), so both write into alike instances.
import { rmSync } from 'node:fs';
import type { GraphBundle } from '@atlas/server/contract';
import { bulkLoadIntoLocalNeo4j } from '@atlas/server/load';
import { loadNow } from '../lib/machine';
import { cachePath } from '../lib/paths';
import { privateNeo4j } from '../lib/private-neo4j';

export interface BulkThroughput {
  nodes: number;
  relationships: number;
  /** Relationships over the importer's own run (nodes and relationships both, the instance serving). */
  importRelationshipsPerSecond: number;
  /** Relationships over the whole load, from the call until the graph is published. */
  endToEndRelationshipsPerSecond: number;
  filesSeconds: number;
  importSeconds: number;
  /** The instance stopped, the import moved in, the instance answering again. */
  offlineSeconds: number;
  /** Schema and index population, empty lists, count check, publish. */
  finishSeconds: number;
  totalSeconds: number;
  loadAverage: number;
}

const DIR = 'neo4j-bulk';
const seconds = (ms: number) => Math.round(ms / 100) / 10;

export async function measureBulkLoad(bundle: GraphBundle, graph: string): Promise<BulkThroughput> {
  rmSync(cachePath(DIR), { recursive: true, force: true });
  const own = await privateNeo4j({
    dir: DIR,
    password: 'bench-password',
    heap: process.env.BENCH_BULK_NEO4J_HEAP ?? '1g',
    pageCacheMb: Number(process.env.BENCH_BULK_NEO4J_PAGECACHE_MB ?? 512),
  });
  if (own.cli('start') !== 0) throw new Error('could not start a private neo4j:local for the bulk load');
  try {
    const loadAverage = loadNow();
    const r = await bulkLoadIntoLocalNeo4j(
      bundle,
      { uri: own.uri, user: own.user, password: own.password, graph },
      { env: own.env },
    );
    return {
      nodes: r.nodes,
      relationships: r.relationships,
      importRelationshipsPerSecond: Math.round(r.relationships / (r.importMs / 1000)),
      endToEndRelationshipsPerSecond: Math.round(r.relationships / (r.ms / 1000)),
      filesSeconds: seconds(r.filesMs),
      importSeconds: seconds(r.importMs),
      offlineSeconds: seconds(r.offlineMs),
      finishSeconds: seconds(r.finishMs),
      totalSeconds: seconds(r.ms),
      loadAverage,
    };
  } finally {
    own.cli('stop');
    rmSync(cachePath(DIR), { recursive: true, force: true });
  }
}
