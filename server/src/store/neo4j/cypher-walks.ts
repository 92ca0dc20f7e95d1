// Cypher text for neighbourhood walks, as pure functions (snapshot-tested); same rules as cypher.ts.
// A walk costs one round trip per level after the first, plus one for the answer: the first level
// comes with the version lookup and the start node check, the edges, their count and the nodes with
// the answer.
import type { RelationshipType } from '../bundle';
import type { Direction } from '../graph-store';
import { type At, type Query, relPattern, versioned } from './cypher';
import { edgeMap, nodeMap } from './records';

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
 * returned, and the count is not walked a second time.
 */
export function walkAnswer(
  v: number,
  reached: readonly string[],
  kept: readonly string[],
  types: readonly RelationshipType[],
): Query {
  const out = relPattern('r', types, 'out');
  const complete = reached.length === kept.length;
  const total = complete
    ? 'size(edges) AS total'
    : `COUNT { UNWIND $reached AS id MATCH (a:Node {id: id, _v: $v})${out}(b) WHERE b.id IN $reached } AS total`;
  return q(
    `CALL () { UNWIND $kept AS id MATCH (a:Node {id: id, _v: $v})${out}(b)
  WHERE b.id IN $kept RETURN collect(${edgeMap('r', 'a', 'b')}) AS edges }
CALL () { UNWIND $kept AS id MATCH (n:Node {id: id, _v: $v}) RETURN collect(${nodeMap('n')}) AS nodes }
RETURN ${total}, edges, nodes`,
    complete ? { v, kept } : { v, reached, kept },
  );
}
