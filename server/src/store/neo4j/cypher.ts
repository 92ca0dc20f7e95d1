// Cypher text for node lookups and walks, as pure functions (snapshot-tested). Values are always parameters;
// the only text built from arguments is labels, relationship types and a path length, each checked
// against its fixed enum or range before it gets here. `$v` is the current graph version.
import type { NodeLabel, RelationshipType } from '../bundle';
import { edgeMap, nodeMap } from './records';
import { FULLTEXT_INDEX, META_LABEL } from './schema';

export interface Query {
  text: string;
  params: Record<string, unknown>;
}

const q = (text: string, params: Record<string, unknown> = {}): Query => ({ text, params });

/** Direction test for `r` seen from `n`, with the direction in parameter `dir`. */
const directionTest = (r: string, n: string, dir: string): string =>
  `(${dir} = 'both' OR (${dir} = 'out' AND startNode(${r}) = ${n}) OR (${dir} = 'in' AND endNode(${r}) = ${n}))`;

const typeAlternatives = (types: readonly RelationshipType[]): string => types.join('|');

/** Readers follow the version published for their graph name; versions are unique across graphs. */
export const currentVersion = (graph: string): Query =>
  q(`MATCH (m:${META_LABEL} {key: $graph}) RETURN m.version AS v, m.nodes AS nodes`, { graph });

export const nodesByIds = (v: number, ids: readonly string[]): Query =>
  q(`UNWIND $ids AS id MATCH (n:Node {id: id, _v: $v}) RETURN ${nodeMap('n')} AS node`, { v, ids });

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
  v: number,
  ids: readonly string[],
  types: readonly RelationshipType[],
  dir: string,
): Query =>
  q(
    `UNWIND $ids AS id MATCH (n:Node {id: id, _v: $v})-[r]-()
WHERE type(r) IN $types AND ${directionTest('r', 'n', '$dir')}
RETURN id, collect(DISTINCT ${edgeMap('r')}) AS edges`,
    { v, ids, types, dir },
  );

export const fulltextCandidates = (v: number, lucene: string, labels: readonly NodeLabel[]): Query =>
  q(
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene) YIELD node
WHERE node._v = $v AND any(l IN labels(node) WHERE l IN $labels)
RETURN ${nodeMap('node')} AS node`,
    { v, lucene, labels },
  );

export const expandFrontier = (
  v: number,
  frontier: readonly string[],
  types: readonly RelationshipType[],
  dir: string,
): Query =>
  q(
    `UNWIND $frontier AS id MATCH (n:Node {id: id, _v: $v})-[r]-(m)
WHERE type(r) IN $types AND ${directionTest('r', 'n', '$dir')}
RETURN DISTINCT m.id AS id`,
    { v, frontier, types, dir },
  );

export const countInducedEdges = (
  v: number,
  ids: readonly string[],
  types: readonly RelationshipType[],
): Query =>
  q(
    `UNWIND $ids AS id MATCH (a:Node {id: id, _v: $v})-[r]->(b) WHERE type(r) IN $types AND b.id IN $ids
RETURN count(r) AS total`,
    { v, ids, types },
  );

export const inducedEdges = (v: number, ids: readonly string[], types: readonly RelationshipType[]): Query =>
  q(
    `UNWIND $ids AS id MATCH (a:Node {id: id, _v: $v})-[r]->(b) WHERE type(r) IN $types AND b.id IN $ids
RETURN ${edgeMap('r')} AS edge`,
    { v, ids, types },
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
    `UNWIND $pairs AS pair MATCH (a:Node {id: pair[0], _v: $v})-[r]-(b:Node {id: pair[1], _v: $v})
WHERE type(r) IN $types
RETURN pair, collect(DISTINCT ${edgeMap('r')}) AS edges`,
    { v, pairs, types },
  );
