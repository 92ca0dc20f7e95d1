// Cypher text for node lookups and walks, as pure functions (snapshot-tested). Values are always parameters;
// the only text built from arguments is labels, relationship types and a path length, each checked
// against its fixed enum or range before it gets here. `$v` is the current graph version.
import type { NodeLabel, RelationshipType } from '../bundle';
import type { Direction } from '../graph-store';
import { edgeMap, nodeMap } from './encoding';
import { FULLTEXT_INDEX, META_LABEL } from './schema';

export interface Query {
  text: string;
  params: Record<string, unknown>;
}

const q = (text: string, params: Record<string, unknown> = {}): Query => ({ text, params });

/** Direction test for `r` seen from `n`, with the direction in parameter `dir`. */
const directionTest = (r: string, n: string, dir: string): string =>
  `(${dir} = 'both' OR (${dir} = 'out' AND startNode(${r}) = ${n}) OR (${dir} = 'in' AND endNode(${r}) = ${n}))`;

export const typeAlternatives = (types: readonly RelationshipType[]): string => types.join('|');

/**
 * A typed, directed relationship pattern seen from the node on its left: Neo4j then expands only the
 * relationships of those types in that direction, instead of filtering every relationship of the node.
 * `types` must come from checkTypes (the fixed enum, never empty).
 */
export function relPattern(r: string, types: readonly RelationshipType[], dir: Direction): string {
  const rel = `[${r}:${typeAlternatives(types)}]`;
  switch (dir) {
    case 'out':
      return `-${rel}->`;
    case 'in':
      return `<-${rel}-`;
    case 'both':
      return `-${rel}-`;
  }
}

/** Readers follow the version published for their graph name; versions are unique across graphs. */
export const currentVersion = (graph: string): Query =>
  q(`MATCH (m:${META_LABEL} {key: $graph}) RETURN m.version AS v, m.nodes AS nodes`, { graph });

/**
 * Which graph version a query reads, as the Cypher variable `v`: the version published for a graph
 * name, looked up by the query itself (no round trip of its own), or one an earlier query returned
 * (so that every query of one answer reads the same version).
 */
export type At = { kind: 'published'; graph: string } | { kind: 'version'; v: number };

export const atVersion = (v: number): At => ({ kind: 'version', v });

/** The clause binding `v`, and its parameters. No published version: no row, so an empty answer. */
export function atClause(at: At): Query {
  switch (at.kind) {
    case 'published':
      return q(`MATCH (meta:${META_LABEL} {key: $graph}) WITH meta.version AS v`, { graph: at.graph });
    case 'version':
      return q('WITH $v AS v', { v: at.v });
  }
}

/** `body` (which reads `v`) after the clause binding it. */
export function versioned(at: At, body: string, params: Record<string, unknown>): Query {
  const head = atClause(at);
  return q(`${head.text}\n${body}`, { ...head.params, ...params });
}

/** Nodes by id, each row with the version read (`v`). */
export const nodesByIds = (at: At, ids: readonly string[]): Query =>
  versioned(at, `UNWIND $ids AS id MATCH (n:Node {id: id, _v: v}) RETURN v, ${nodeMap('n')} AS node`, {
    ids,
  });

export interface ListFilterParams {
  props: Array<{ key: string; values: unknown[] }>;
  related: Array<{ type: string; dir: string; ids: string[] }>;
  textIds: string[] | null;
}

const listWhere = `n._v = $v
  AND all(f IN $props WHERE any(x IN (CASE WHEN n[f.key] IS :: LIST<ANY> THEN n[f.key] ELSE [n[f.key]] END) WHERE x IN f.values))
  AND all(rf IN $related WHERE EXISTS { MATCH (n)-[r]-(m:Node) WHERE type(r) = rf.type AND m.id IN rf.ids AND ${directionTest('r', 'n', 'rf.dir')} })
  AND ($textIds IS NULL OR n.id IN $textIds)`;

export const listNodes = (
  v: number,
  label: NodeLabel,
  filter: ListFilterParams,
  after: string | null,
  limit: unknown,
): Query =>
  q(
    `MATCH (n:${label}) WHERE ${listWhere} AND ($after IS NULL OR n.id > $after)
RETURN ${nodeMap('n')} AS node ORDER BY n.id LIMIT $limit`,
    { v, ...filter, after, limit },
  );

export const countNodes = (v: number, label: NodeLabel, filter: ListFilterParams): Query =>
  q(`MATCH (n:${label}) WHERE ${listWhere} RETURN count(n) AS total`, { v, ...filter });

export const relationshipsOf = (
  at: At,
  ids: readonly string[],
  types: readonly RelationshipType[],
  dir: Direction,
): Query =>
  versioned(
    at,
    `UNWIND $ids AS id MATCH (n:Node {id: id, _v: v})${relPattern('r', types, dir)}()
RETURN id, collect(DISTINCT ${edgeMap('r')}) AS edges`,
    { ids },
  );

/** Full-text candidates with their search tokens (`tokens`), which `node` itself leaves out. */
export const fulltextCandidates = (at: At, lucene: string, labels: readonly NodeLabel[]): Query =>
  versioned(
    at,
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene) YIELD node
WHERE node._v = v AND any(l IN labels(node) WHERE l IN $labels)
RETURN ${nodeMap('node')} AS node, node._search AS tokens`,
    { lucene, labels },
  );

/** Relationships among `ids` (of version `$v`), each once. */
export const inducedEdges = (v: number, ids: readonly string[], types: readonly RelationshipType[]): Query =>
  q(
    `UNWIND $ids AS id MATCH (a:Node {id: id, _v: $v})${relPattern('r', types, 'out')}(b) WHERE b.id IN $ids
RETURN ${edgeMap('r')} AS edge`,
    { v, ids },
  );

/** Distinct simple paths (node id sequences) of exactly `length` relationships, either direction. */
export function simplePaths(
  v: number,
  from: string,
  to: string,
  length: number,
  types: readonly RelationshipType[],
  cap: unknown,
): Query {
  if (!Number.isInteger(length) || length < 1 || length > 10) throw new RangeError('path length');
  return q(
    `MATCH (a:Node {id: $from, _v: $v}), (b:Node {id: $to, _v: $v})
MATCH p = (a)-[:${typeAlternatives(types)}*${length}..${length}]-(b)
WITH [n IN nodes(p) | n.id] AS ids
WHERE all(i IN range(0, size(ids) - 2) WHERE NOT ids[i] IN ids[i + 1..])
RETURN DISTINCT ids LIMIT $cap`,
    { v, from, to, cap },
  );
}

export const joiningEdges = (
  v: number,
  pairs: ReadonlyArray<[string, string]>,
  types: readonly RelationshipType[],
): Query =>
  q(
    `UNWIND $pairs AS pair MATCH (a:Node {id: pair[0], _v: $v})${relPattern('r', types, 'both')}(b:Node {id: pair[1], _v: $v})
RETURN pair, collect(DISTINCT ${edgeMap('r')}) AS edges`,
    { v, pairs },
  );
