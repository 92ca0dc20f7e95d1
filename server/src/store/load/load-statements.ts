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

/** Rows carry every property, internal ones included; ON CREATE keeps the plan free of Eager. */
export function mergeNodes(label: NodeLabel, v: number, rows: unknown[]): Query {
  if (!isNodeLabel(label)) throw new RangeError(`label ${label}`);
  return {
    text: `UNWIND $rows AS row
MERGE (n:Node:${label} {id: row.id, _v: $v})
ON CREATE SET n += row.props`,
    params: { v, rows },
  };
}

const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Properties are set key by key (keys checked, values from parameters): `r += map` would make the
 * planner materialise every row first (Eager), several times slower.
 */
export function mergeRelationships(
  type: RelationshipType,
  v: number,
  keys: readonly string[],
  rows: unknown[],
): Query {
  if (!isRelationshipType(type)) throw new RangeError(`type ${type}`);
  for (const key of keys) if (!PROPERTY_KEY.test(key)) throw new RangeError(`property ${key}`);
  const set =
    keys.length === 0 ? '' : `\nON CREATE SET ${keys.map((k) => `r.${k} = row.props.${k}`).join(', ')}`;
  return {
    text: `UNWIND $rows AS row
MATCH (a:Node {id: row.start, _v: $v})
MATCH (b:Node {id: row.end, _v: $v})
MERGE (a)-[r:${type} {_key: row.key}]->(b)${set}`,
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

/** Deletes every version of `graph` but `keep`, in batches of their own transactions (auto-commit only). */
export const deleteOtherVersions = (graph: string, keep: number): Query => ({
  text: `MATCH (n:Node) WHERE n._g = $graph AND n._v <> $keep
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`,
  params: { graph, keep },
});
