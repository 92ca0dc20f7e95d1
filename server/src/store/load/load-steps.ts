// The steps of a Neo4j load, each one named function over the load's shared state (LoadRun). Their
// order, and why a load is atomic for readers, is in load-neo4j.ts; the writes are load-writes.ts, the
// Cypher load-statements.ts, the property encoding neo4j/encoding.ts.
import { createHash } from 'node:crypto';
import { serializedChunks } from '@atlas/graph-seed/bundle';
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphBundle } from '../bundle';
import type { Query } from '../neo4j/cypher';
import { schemaStatements } from '../neo4j/schema';
import { StoreError } from '../store-error';
import * as st from './load-statements';

export type LoadProgress =
  | { phase: 'schema' }
  | { phase: 'unchanged'; version: number }
  | { phase: 'nodes' | 'relationships'; done: number; total: number }
  | { phase: 'published'; version: number }
  | { phase: 'cleaned' }
  /** The bulk path's own steps (bulk/bulk-load.ts): CSV files, the importer, the instance's restart. */
  | { phase: 'bulk-files' | 'bulk-import' | 'bulk-restart' };

export interface LoadRun {
  driver: Driver;
  graph: string;
  bundle: GraphBundle;
  /** Content hash of the bundle: loading the one already published changes nothing. */
  hash: string;
  batch: number;
  /** Write batches in flight at once (load-writes.ts). */
  parallel: number;
  progress: (p: LoadProgress) => void;
}

/** The version readers follow now (-1: none) and the hash of the bundle it holds. */
export interface Published {
  version: number;
  hash: unknown;
}

/**
 * The hash of the bundle's canonical text, fed chunk by chunk: a bundle of a large corpus is longer
 * than V8's longest string, and the same graph in another order hashes the same.
 */
export function bundleHash(bundle: GraphBundle): string {
  const hash = createHash('sha256');
  for (const chunk of serializedChunks(bundle)) hash.update(chunk);
  return hash.digest('hex');
}

/** Items by key, keys in order of first appearance. */
export function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}

async function write(driver: Driver, query: Query): Promise<void> {
  await driver.executeQuery(query.text, query.params, { routing: neo4j.routing.WRITE });
}

/** Auto-commit transaction: needed by schema statements and CALL … IN TRANSACTIONS. */
async function autoCommit(driver: Driver, query: Query): Promise<void> {
  const session = driver.session();
  try {
    await session.run(query.text, query.params);
  } finally {
    await session.close();
  }
}

/**
 * Constraints and indexes, then a wait until every index is online. IF NOT EXISTS still races with a
 * concurrent load creating the same rule: that one's rule will do.
 */
export async function ensureSchema(run: LoadRun): Promise<void> {
  run.progress({ phase: 'schema' });
  for (const text of schemaStatements()) {
    try {
      await autoCommit(run.driver, { text, params: {} });
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!/AlreadyExists/.test(code)) throw error;
    }
  }
  await autoCommit(run.driver, st.awaitIndexesOnline(300));
}

export async function readPublished(run: LoadRun): Promise<Published> {
  const q = st.readMeta(run.graph);
  const { records } = await run.driver.executeQuery(q.text, q.params);
  return {
    version: (records[0]?.get('version') as number | null) ?? -1,
    hash: records[0]?.get('hash'),
  };
}

/** Deletes every version of the graph but `keep`: a failed or killed load's, or the one replaced. */
export async function removeOtherVersions(run: LoadRun, keep: number): Promise<void> {
  for (const query of st.deleteOtherVersions(run.graph, keep)) await autoCommit(run.driver, query);
}

/** The published version holds this very bundle, complete. */
export async function isUnchanged(run: LoadRun, published: Published): Promise<boolean> {
  return published.version >= 0 && published.hash === run.hash && (await countsMatch(run, published.version));
}

export async function allocateVersion(run: LoadRun): Promise<number> {
  const q = st.nextVersion();
  const { records } = await run.driver.executeQuery(q.text, q.params, { routing: neo4j.routing.WRITE });
  return Number(records[0]?.get('v'));
}

async function countsMatch(run: LoadRun, v: number): Promise<boolean> {
  const q = st.countVersion(v);
  const { records } = await run.driver.executeQuery(q.text, q.params);
  const got = new Map(records.map((r) => [`${r.get('kind')}:${r.get('key')}`, Number(r.get('total'))]));
  const want = new Map<string, number>();
  for (const n of run.bundle.nodes)
    want.set(`node:${n.labels[0]}`, (want.get(`node:${n.labels[0]}`) ?? 0) + 1);
  for (const r of run.bundle.relationships) want.set(`rel:${r.type}`, (want.get(`rel:${r.type}`) ?? 0) + 1);
  if (got.size !== want.size) return false;
  return [...want].every(([k, n]) => got.get(k) === n);
}

/** Version `v` holds as many nodes of each label and relationships of each type as the bundle. */
export async function verifyCounts(run: LoadRun, v: number): Promise<void> {
  if (!(await countsMatch(run, v)))
    throw new StoreError(
      'LOAD_FAILED',
      'counts in Neo4j differ from the bundle; the previous graph stays published',
    );
}

/** The swap: one small transaction points readers at version `v`. */
export async function publish(run: LoadRun, v: number): Promise<void> {
  const { graph, hash, bundle } = run;
  await write(run.driver, st.publish(graph, v, hash, bundle.nodes.length, bundle.relationships.length));
  run.progress({ phase: 'published', version: v });
}
