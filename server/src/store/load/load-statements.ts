// Cypher of the loader, as pure functions (snapshot-tested). Labels and types are checked against the
// bundle enums before they become text; every value is a parameter.
import type { NodeLabel, RelationshipType } from '../bundle';
import { isNodeLabel, isRelationshipType } from '../contract/validate';
import type { Query } from '../neo4j/cypher';
import { META_LABEL, VERSION_COUNTER } from '../neo4j/schema';

export const readMeta = (graph: string): Query => ({
  text: `OPTIONAL MATCH (m:${META_LABEL} {key: $graph}) RETURN m.version AS version, m.hash AS hash`,
  params: { graph },
});

/** A version number never used before, by any graph: taken under the counter node's write lock. */
export const nextVersion = (): Query => ({
  text: `MERGE (c:${META_LABEL} {key: '${VERSION_COUNTER}'}) ON CREATE SET c.next = 0
SET c.next = c.next + 1 RETURN c.next AS v`,
  params: {},
});

/**
 * Rows carry every property, internal ones included. CREATE, not MERGE: the version `v` was allocated
 * for this load alone, so nothing else writes it and there is nothing to match (the unique constraint on
 * (id, _v) still refuses a duplicate id). Each node's internal id comes back, for createRelationships.
 */
export function createNodes(label: NodeLabel, v: number, rows: unknown[]): Query {
  if (!isNodeLabel(label)) throw new RangeError(`label ${label}`);
  return {
    text: `UNWIND $rows AS row
CREATE (n:Node:${label} {id: row.id, _v: $v})
SET n += row.props
RETURN row.id AS id, id(n) AS node`,
    params: { v, rows },
  };
}

/** A property key safe to write into Cypher text. */
export const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * CREATE in the load's own version (see createNodes), properties written key by key in the pattern
 * (keys checked, values from parameters): `SET r += map` would make the planner materialise every row
 * first (Eager), and MERGE would test every pair for an existing relationship and lock it.
 * The ends are found by the internal ids createNodes returned, a seek cheaper than the (id, _v) index;
 * `_v` is still checked, so an id that a concurrent clean-up freed and another load reused matches
 * nothing. A row whose end is missing matches nothing and is caught by the count check.
 */
export function createRelationships(
  type: RelationshipType,
  v: number,
  keys: readonly string[],
  rows: unknown[],
): Query {
  if (!isRelationshipType(type)) throw new RangeError(`type ${type}`);
  for (const key of keys) if (!PROPERTY_KEY.test(key)) throw new RangeError(`property ${key}`);
  // `_k`: the rank of a parallel relationship, null (not stored) for the first (contract/edge-id.ts)
  const props = ['_k: row.k', ...keys.map((k) => `${k}: row.props.${k}`)].join(', ');
  return {
    text: `UNWIND $rows AS row
MATCH (a) WHERE id(a) = row.start AND a._v = $v
MATCH (b) WHERE id(b) = row.end AND b._v = $v
CREATE (a)-[r:${type} {${props}}]->(b)`,
    params: { v, rows },
  };
}

export const countVersion = (v: number): Query => ({
  text: `CALL () { MATCH (n:Node) WHERE n._v = $v RETURN [l IN labels(n) WHERE l <> 'Node'][0] AS key, count(*) AS total }
RETURN 'node' AS kind, key, total
UNION ALL
CALL () { MATCH (n:Node)-[r]->() WHERE n._v = $v RETURN type(r) AS key, count(*) AS total }
RETURN 'rel' AS kind, key, total`,
  params: { v },
});

/**
 * Waits until every index is online: one created just now over existing data (a new index in an older
 * database) populates first, and a search on it would fail until then.
 */
export const awaitIndexesOnline = (seconds: number): Query => ({
  text: 'CALL db.awaitIndexes($seconds)',
  params: { seconds },
});

/** The swap: readers follow `version`, so this one small transaction publishes the new graph. */
export const publish = (
  graph: string,
  v: number,
  hash: string,
  nodes: number,
  relationships: number,
): Query => ({
  text: `MERGE (m:${META_LABEL} {key: $graph})
SET m.version = $v, m.hash = $hash, m.nodes = $nodes, m.relationships = $relationships, m.loadedAt = datetime()`,
  params: { graph, v, hash, nodes, relationships },
});

/**
 * Deletes every version of `graph` but `keep`, in batches of their own transactions (auto-commit only).
 * Relationships go first, 10,000 a transaction, each found once from its start node: deleting nodes
 * with DETACH would put a dense node's whole fan (tens of thousands of relationships at ×100) into one
 * transaction, beside the rest of its batch. The nodes then have no relationships left.
 */
export const deleteOtherVersions = (graph: string, keep: number): Query[] => [
  {
    text: `MATCH (n:Node)-[r]->() WHERE n._g = $graph AND n._v <> $keep
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`,
    params: { graph, keep },
  },
  {
    text: `MATCH (n:Node) WHERE n._g = $graph AND n._v <> $keep
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    params: { graph, keep },
  },
];
