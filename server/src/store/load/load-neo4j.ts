// Loads a graph bundle into Neo4j, atomically for readers: the bundle is written as a new version
// beside the current one (batched UNWIND … CREATE per label and type, schema first), its counts are
// checked against the bundle, then one small transaction points readers at it, and the old version
// is deleted. A load that fails or is killed leaves the published version untouched; its leftovers
// are removed by the next load. Loading the bundle already published is a no-op (same content hash).
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { type GraphBundle, graphBundleSchema, type NodeLabel, type RelationshipType } from '../bundle';
import { edgeRanks } from '../contract/edge-id';
import { searchTokens } from '../contract/text-search';
import { createDriver, graphName, type Neo4jSettings } from '../neo4j/connection';
import type { Query } from '../neo4j/cypher';
import { schemaStatements } from '../neo4j/schema';
import { StoreError } from '../store-error';
import { loadError } from './load-error';
import * as st from './load-statements';

export type LoadProgress =
  | { phase: 'schema' }
  | { phase: 'unchanged'; version: number }
  | { phase: 'nodes' | 'relationships'; done: number; total: number }
  | { phase: 'published'; version: number }
  | { phase: 'cleaned' };

export interface LoadOptions {
  onProgress?: (p: LoadProgress) => void;
  batchSize?: number;
}

export interface LoadReport {
  changed: boolean;
  version: number;
  nodes: number;
  relationships: number;
  ms: number;
}

const RESERVED = new Set(['id', '_g', '_v', '_search', '_k', '_key']);
const withoutReserved = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !RESERVED.has(k)));

export const bundleHash = (bundle: GraphBundle): string =>
  createHash('sha256').update(JSON.stringify(bundle)).digest('hex');

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
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

async function deleteOtherVersions(driver: Driver, graph: string, keep: number): Promise<void> {
  for (const query of st.deleteOtherVersions(graph, keep)) await autoCommit(driver, query);
}

/** IF NOT EXISTS still races with a concurrent load creating the same rule: that one's rule will do. */
async function ensureSchema(driver: Driver, text: string): Promise<void> {
  try {
    await autoCommit(driver, { text, params: {} });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!/AlreadyExists/.test(code)) throw error;
  }
}

async function countsMatch(driver: Driver, v: number, bundle: GraphBundle): Promise<boolean> {
  const q = st.countVersion(v);
  const { records } = await driver.executeQuery(q.text, q.params);
  const got = new Map(records.map((r) => [`${r.get('kind')}:${r.get('key')}`, Number(r.get('total'))]));
  const want = new Map<string, number>();
  for (const n of bundle.nodes) want.set(`node:${n.labels[0]}`, (want.get(`node:${n.labels[0]}`) ?? 0) + 1);
  for (const r of bundle.relationships) want.set(`rel:${r.type}`, (want.get(`rel:${r.type}`) ?? 0) + 1);
  if (got.size !== want.size) return false;
  return [...want].every(([k, n]) => got.get(k) === n);
}

export async function loadBundleIntoNeo4j(
  input: GraphBundle,
  settings: Neo4jSettings,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = Date.now();
  const parsed = graphBundleSchema.safeParse(input);
  if (!parsed.success)
    throw new StoreError('LOAD_FAILED', `invalid bundle: ${parsed.error.issues[0]?.message}`);
  const bundle = parsed.data;
  const batch = options.batchSize ?? 10_000;
  const progress = options.onProgress ?? (() => {});
  const hash = bundleHash(bundle);
  const graph = graphName(settings);
  const driver = createDriver(settings);
  const report = (changed: boolean, version: number): LoadReport => ({
    changed,
    version,
    nodes: bundle.nodes.length,
    relationships: bundle.relationships.length,
    ms: Date.now() - started,
  });
  try {
    progress({ phase: 'schema' });
    for (const text of schemaStatements()) await ensureSchema(driver, text);
    await autoCommit(driver, st.awaitIndexesOnline(300));
    const metaQuery = st.readMeta(graph);
    const { records } = await driver.executeQuery(metaQuery.text, metaQuery.params);
    const current = (records[0]?.get('version') as number | null) ?? -1;
    // leftovers of a failed or killed load, never visible to readers
    await deleteOtherVersions(driver, graph, current);
    if (current >= 0 && records[0]?.get('hash') === hash && (await countsMatch(driver, current, bundle))) {
      progress({ phase: 'unchanged', version: current });
      return report(false, current);
    }
    const counter = st.nextVersion();
    const allocated = await driver.executeQuery(counter.text, counter.params, {
      routing: neo4j.routing.WRITE,
    });
    const v = Number(allocated.records[0]?.get('v'));

    let done = 0;
    for (const [label, nodes] of groupBy(bundle.nodes, (n) => n.labels[0] as NodeLabel)) {
      for (let i = 0; i < nodes.length; i += batch) {
        const rows = nodes.slice(i, i + batch).map((n) => ({
          id: n.id,
          props: { ...withoutReserved(n.properties), _search: searchTokens(n.properties), _g: graph },
        }));
        await write(driver, st.createNodes(label, v, rows));
        done += rows.length;
        progress({ phase: 'nodes', done, total: bundle.nodes.length });
      }
    }
    const ranks = edgeRanks(bundle.relationships);
    // an Integer, not a JS number (which Bolt sends as a float and the id would read "#2.0")
    const keyed = bundle.relationships.map((r, i) => {
      const rank = ranks[i] as number;
      return { r, k: rank >= 2 ? neo4j.int(rank) : null };
    });
    done = 0;
    for (const [type, rels] of groupBy(keyed, (x) => x.r.type as RelationshipType)) {
      for (let i = 0; i < rels.length; i += batch) {
        const rows = rels
          .slice(i, i + batch)
          .map(({ r, k }) => ({ start: r.start, end: r.end, k, props: withoutReserved(r.properties) }));
        const keys = [...new Set(rows.flatMap((row) => Object.keys(row.props)))].sort();
        await write(driver, st.createRelationships(type, v, keys, rows));
        done += rows.length;
        progress({ phase: 'relationships', done, total: bundle.relationships.length });
      }
    }
    if (!(await countsMatch(driver, v, bundle))) {
      throw new StoreError(
        'LOAD_FAILED',
        'counts in Neo4j differ from the bundle; the previous graph stays published',
      );
    }
    await write(driver, st.publish(graph, v, hash, bundle.nodes.length, bundle.relationships.length));
    progress({ phase: 'published', version: v });
    await deleteOtherVersions(driver, graph, v);
    progress({ phase: 'cleaned' });
    return report(true, v);
  } catch (error) {
    throw loadError(error);
  } finally {
    await driver.close();
  }
}
