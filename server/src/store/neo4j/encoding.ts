// The storage encoding: how a graph node and relationship are written as Neo4j properties, and read
// back into contract values. The loader (load/…) writes through `nodeRow`/`relationshipRow`, the
// readers' Cypher returns `nodeMap`/`edgeMap` and `toNode`/`toEdge` decode them. Internal properties
// never leave the store; this is the one list of them:
//   nodes: `id` (also the contract id), `_g` the graph name, `_v` the version of the load that wrote
//   it, `_search` the search tokens (contract/text-search.ts);
//   relationships: `_k` the rank of a parallel relationship (contract/edge-id.ts), `_key` the whole id
//   as loaders before `_k` stored it (a graph they loaded reads the same).
// The Cypher patterns name `id` and `_v` (and the loader `_g`) literally, as the schema (schema.ts) does.
import neo4j, { type Integer } from 'neo4j-driver';
import type { GraphBundle } from '../bundle';
import { searchTokens } from '../contract/text-search';
import type { GraphEdge, GraphNode, NodeLabel, Properties, RelationshipType } from '../graph-store';

export const NODE_INTERNAL: ReadonlySet<string> = new Set(['id', '_g', '_v', '_search']);
export const EDGE_INTERNAL: ReadonlySet<string> = new Set(['_k', '_key']);
/** Keys a bundle's own properties may not use: they would collide with the encoding's. */
export const RESERVED: ReadonlySet<string> = new Set([...NODE_INTERNAL, ...EDGE_INTERNAL]);

/** `props` without the reserved keys; `props` itself when it has none, as nearly every one has none. */
function withoutReserved(props: Record<string, unknown>): Record<string, unknown> {
  for (const key in props)
    if (RESERVED.has(key)) return Object.fromEntries(Object.entries(props).filter(([k]) => !RESERVED.has(k)));
  return props;
}

type BundleNode = GraphBundle['nodes'][number];
type BundleRelationship = GraphBundle['relationships'][number];

/** A node as the loader writes it (load-statements.ts createNodes): its id, then every other property. */
export const nodeRow = (n: BundleNode, graph: string) => ({
  id: n.id,
  props: { ...withoutReserved(n.properties), _search: searchTokens(n.properties), _g: graph },
});

/**
 * A relationship as the loader writes it (createRelationships). `rank` from contract/edge-id.ts: only
 * k ≥ 2 is stored, as an Integer, not a JS number (which Bolt sends as a float and the id would
 * read "#2.0").
 */
export const relationshipRow = (r: BundleRelationship, rank: number) => ({
  start: r.start,
  end: r.end,
  k: (rank >= 2 ? neo4j.int(rank) : null) as Integer | null,
  props: withoutReserved(r.properties),
});

/**
 * Cypher fragment returning a node as a map read by `toNode`. The internal properties are blanked in
 * Neo4j already: `_search` is as long as a node's text, and would double the bytes of every answer.
 * `selected`: only the keys in parameter `$keys` (or `keysParam`; contract/properties.ts), as [key, value] pairs.
 */
export const nodeMap = (n: string, selected = false, keysParam = 'keys'): string =>
  selected
    ? `{id: ${n}.id, label: [l IN labels(${n}) WHERE l <> 'Node'][0], pairs: [k IN $${keysParam} WHERE ${n}[k] IS NOT NULL | [k, ${n}[k]]]}`
    : `{id: ${n}.id, label: [l IN labels(${n}) WHERE l <> 'Node'][0], props: ${n} {.*, id: null, _g: null, _v: null, _search: null}}`;

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
  /** Every property (nodeMap), or … */
  props?: Record<string, unknown>;
  /** … the selected ones (nodeMap with `selected`). */
  pairs?: Array<[string, unknown]>;
}

export interface EdgeRow {
  id: string;
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

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
  properties: publicProperties(row.pairs ? Object.fromEntries(row.pairs) : (row.props ?? {}), NODE_INTERNAL),
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
