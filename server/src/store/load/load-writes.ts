// The write steps of a Neo4j load: every node, then every relationship, in batches of one label or
// type (statements in load-statements.ts). Node creation hands back each node's internal id, so a
// relationship finds its ends by id instead of by the (id, _v) index. Up to `run.parallel` batches are
// in flight at once: while Neo4j writes one, the next is encoded and planned beside it on the other
// core. Parallel batches can lock the same node and deadlock; the driver retries such a transaction.
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import type { BundleRelationship, NodeLabel, RelationshipType } from '../bundle';
import type { Query } from '../neo4j/cypher';
import { nodeRow, relationshipRow } from '../neo4j/encoding';
import { inParallel } from './in-parallel';
import * as st from './load-statements';
import { groupBy, type LoadRun } from './load-steps';

/** Internal node id by bundle id, as node creation returned it. */
export type NodeIds = Map<string, Integer>;

async function write(driver: Driver, query: Query) {
  return driver.executeQuery(query.text, query.params, { routing: neo4j.routing.WRITE });
}

/** Batches of `items` of one key each, in order of first appearance. */
function batches<T, K>(items: readonly T[], key: (t: T) => K, size: number): Array<[K, T[]]> {
  const out: Array<[K, T[]]> = [];
  for (const [k, group] of groupBy(items, key))
    for (let i = 0; i < group.length; i += size) out.push([k, group.slice(i, i + size)]);
  return out;
}

/** Every node, in batches of one label; their internal ids. */
export async function writeNodes(run: LoadRun, v: number): Promise<NodeIds> {
  const { bundle } = run;
  const ids: NodeIds = new Map();
  let done = 0;
  const work = batches(bundle.nodes, (n) => n.labels[0] as NodeLabel, run.batch);
  await inParallel(work, run.parallel, async ([label, nodes]) => {
    const rows = nodes.map((n) => nodeRow(n, run.graph));
    const { records } = await write(run.driver, st.createNodes(label, v, rows));
    for (const r of records) ids.set(r.get('id') as string, r.get('node') as Integer);
    done += rows.length;
    run.progress({ phase: 'nodes', done, total: bundle.nodes.length });
  });
  return ids;
}

/**
 * Each relationship's rank among the parallel ones before it, asked in bundle order: the ranks of
 * contract/edge-id.ts edgeRanks, counted per type over the ends' positions in the bundle. A number key
 * per pair, since a string key per relationship cost more than the writes' planning.
 */
export function rankCounter(nodes: readonly { id: string }[]): (r: BundleRelationship) => number {
  const position = new Map(nodes.map((n, i) => [n.id, i + 1]));
  const width = nodes.length + 1;
  const seen = new Map<string, Map<number, number>>();
  return (r) => {
    const ranks = seen.get(r.type) ?? new Map<number, number>();
    seen.set(r.type, ranks);
    // an end the bundle lacks is position 0; such a row matches nothing and fails the count check
    const pair = (position.get(r.start) ?? 0) * width + (position.get(r.end) ?? 0);
    const rank = (ranks.get(pair) ?? 0) + 1;
    ranks.set(pair, rank);
    return rank;
  };
}

/** Every relationship, in batches of one type, each with its rank (rankCounter). */
export async function writeRelationships(run: LoadRun, v: number, ids: NodeIds): Promise<void> {
  const { bundle } = run;
  const rankOf = rankCounter(bundle.nodes);
  let done = 0;
  const work = batches(bundle.relationships, (r) => r.type as RelationshipType, run.batch);
  await inParallel(work, run.parallel, async ([type, rels]) => {
    const keys = new Set<string>();
    const rows = rels.map((r) => {
      const row = relationshipRow(r, rankOf(r));
      for (const key in row.props) keys.add(key);
      return { ...row, start: ids.get(r.start) ?? null, end: ids.get(r.end) ?? null };
    });
    await write(run.driver, st.createRelationships(type, v, [...keys].sort(), rows));
    done += rows.length;
    run.progress({ phase: 'relationships', done, total: bundle.relationships.length });
  });
}
