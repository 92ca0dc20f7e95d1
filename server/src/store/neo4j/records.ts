// Turning Neo4j answers into contract values. Internal properties the loader adds (`id`, the graph
// name `_g`, the version `_v`, the search tokens `_search` on nodes, the rank `_k` on relationships)
// never leave the store.
import type { NodeLabel, RelationshipType } from '../bundle';
import type { GraphEdge, GraphNode, Properties } from '../graph-store';

/**
 * Cypher fragment returning a node as a map read by `toNode`. The internal properties are blanked in
 * Neo4j already: `_search` is as long as a node's text, and would double the bytes of every answer.
 */
export const nodeMap = (n: string): string =>
  `{id: ${n}.id, label: [l IN labels(${n}) WHERE l <> 'Node'][0], props: ${n} {.*, id: null, _g: null, _v: null, _search: null}}`;

/**
 * Cypher fragment returning a relationship as a map read by `toEdge`. A pattern that binds its start
 * and end nodes passes them, which spares Neo4j looking them up again.
 */
export const edgeMap = (r: string, start = `startNode(${r})`, end = `endNode(${r})`): string =>
  `{id: ${edgeIdOf(r, start, end)}, type: type(${r}), start: ${start}.id, end: ${end}.id, props: properties(${r})}`;

/**
 * Cypher for a relationship's contract id (contract/edge-id.ts): `<start>-[<TYPE>]-><end>`, and `#<k>`
 * when the loader stored a rank `_k` (parallel relationships only, k ≥ 2). Storing the whole id on every
 * relationship cost a fifth of the load's relationship throughput. Null when `r` is null.
 */
export const edgeIdOf = (r: string, start: string, end: string): string =>
  `${start}.id + '-[' + type(${r}) + ']->' + ${end}.id + coalesce('#' + toString(${r}._k), '')`;

export interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

export interface EdgeRow {
  id: string;
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

const NODE_INTERNAL = new Set(['id', '_g', '_v', '_search']);
// `_key`: the whole id, as loaders before `_k` stored it (a graph they loaded reads the same)
const EDGE_INTERNAL = new Set(['_k', '_key']);

function publicProperties(props: Record<string, unknown>, internal: ReadonlySet<string>): Properties {
  const out: Properties = {};
  for (const key of Object.keys(props).sort()) {
    if (!internal.has(key)) out[key] = props[key] as Properties[string];
  }
  return out;
}

export const toNode = (row: NodeRow): GraphNode => ({
  id: row.id,
  label: row.label as NodeLabel,
  properties: publicProperties(row.props, NODE_INTERNAL),
});

/** The search tokens a full-text query returned beside its node (cypher.ts fulltextCandidates). */
export const searchTokensOf = (tokens: unknown): string[] =>
  typeof tokens === 'string' ? tokens.split(' ').filter(Boolean) : [];

export const toEdge = (row: EdgeRow): GraphEdge => ({
  id: row.id,
  type: row.type as RelationshipType,
  start: row.start,
  end: row.end,
  properties: publicProperties(row.props, EDGE_INTERNAL),
});
