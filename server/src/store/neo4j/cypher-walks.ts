// Cypher text for neighbourhood walks, as pure functions (snapshot-tested); same rules as cypher.ts.
// A depth-1 walk is one round trip (walkOne: version lookup, start node check, the level, the answer).
// A deeper walk costs one round trip per level after the first, plus one for the answer: the first
// level comes with the version lookup and the start node check, the edges, their count and the
// nodes with the answer.
import type { RelationshipType } from '../bundle';
import type { Direction } from '../graph-store';
import { type At, type Query, relPattern, versioned } from './cypher';
import { edgeMap, nodeMap } from './encoding';

const q = (text: string, params: Record<string, unknown>): Query => ({ text, params });

/** The start node's version `v` and its neighbours' ids (`next`); no row when it does not exist. */
export const walkStart = (at: At, id: string, types: readonly RelationshipType[], dir: Direction): Query =>
  versioned(
    at,
    `MATCH (s:Node {id: $id, _v: v})
RETURN v, COLLECT { MATCH (s)${relPattern('r', types, dir)}(m) RETURN DISTINCT m.id } AS next`,
    { id },
  );

/** Ids one step from the frontier, in version `$v`. */
export const expandFrontier = (
  v: number,
  frontier: readonly string[],
  types: readonly RelationshipType[],
  dir: Direction,
): Query =>
  q(
    `UNWIND $frontier AS id MATCH (n:Node {id: id, _v: $v})${relPattern('r', types, dir)}(m)
RETURN DISTINCT m.id AS id`,
    { v, frontier },
  );

/**
 * The answer in one query: the nodes kept (`$kept`), the `types` relationships among them, and how
 * many join all the nodes reached (`$reached`); when every node reached is kept, that is the edges
 * returned, and the count is not walked a second time. `keys`: the nodes' properties to return (null:
 * all of them).
 */
export function walkAnswer(
  v: number,
  reached: readonly string[],
  kept: readonly string[],
  types: readonly RelationshipType[],
  keys: readonly string[] | null = null,
): Query {
  const out = relPattern('r', types, 'out');
  const complete = reached.length === kept.length;
  const total = complete
    ? 'size(edges) AS total'
    : `COUNT { UNWIND $reached AS id MATCH (a:Node {id: id, _v: $v})${out}(b) WHERE b.id IN $reached } AS total`;
  return q(
    `CALL () { UNWIND $kept AS id MATCH (a:Node {id: id, _v: $v})${out}(b)
  WHERE b.id IN $kept RETURN collect(${edgeMap('r', 'a', 'b')}) AS edges }
CALL () { UNWIND $kept AS id MATCH (n:Node {id: id, _v: $v}) RETURN collect(${nodeMap('n', keys !== null)}) AS nodes }
RETURN ${total}, edges, nodes`,
    { ...(complete ? { v, kept } : { v, reached, kept }), ...(keys === null ? {} : { keys }) },
  );
}

/**
 * A depth-1 neighbourhood in one query, when `limit` is the only cut: the version `v`, the start's
 * neighbours' ids (`around`, in id order: the contract's order at distance 1), the kept nodes (the
 * start and the first `$limit - 1` neighbours), the `types` relationships among them and how many join
 * all the nodes reached. No row when the start node does not exist. Strings order alike in Cypher and
 * contract/ordering.ts (UTF-16 code units).
 */
export function walkOne(
  at: At,
  id: string,
  types: readonly RelationshipType[],
  dir: Direction,
  limit: unknown,
  keys: readonly string[] | null,
): Query {
  const out = relPattern('r', types, 'out');
  return versioned(
    at,
    `MATCH (s:Node {id: $id, _v: v})
WITH v, COLLECT { MATCH (s)${relPattern('r', types, dir)}(m) WHERE m.id <> $id RETURN DISTINCT m.id AS mid ORDER BY mid } AS around
WITH v, around, [$id] + around[0..$limit - 1] AS kept
CALL (v, kept) { UNWIND kept AS id MATCH (n:Node {id: id, _v: v}) RETURN collect(n) AS ns }
CALL (kept, ns) { UNWIND ns AS a MATCH (a)${out}(b) WHERE b.id IN kept RETURN collect(${edgeMap('r', 'a', 'b')}) AS edges }
RETURN v, around, CASE WHEN size(around) < $limit THEN size(edges)
  ELSE COUNT { UNWIND [$id] + around AS id MATCH (a:Node {id: id, _v: v})${out}(b) WHERE b.id = $id OR b.id IN around } END AS total,
  edges, [n IN ns | ${nodeMap('n', keys !== null)}] AS nodes`,
    { id, limit, ...(keys === null ? {} : { keys }) },
  );
}
