// Cypher of the loader, as pure functions (snapshot-tested). Labels and types are checked against the
// bundle enums before they become text; every value is a parameter.
import type { NodeLabel, RelationshipType } from '../bundle';
import { isNodeLabel, isRelationshipType } from '../contract/validate';
import type { Query } from '../neo4j/cypher';
import { META_LABEL } from '../neo4j/schema';

export const readMeta = (): Query => ({
  text: `OPTIONAL MATCH (m:${META_LABEL} {key: 'graph'})
OPTIONAL MATCH (n:Node) WITH m, max(n._v) AS highest
RETURN m.version AS version, m.hash AS hash, highest`,
  params: {},
});

export function mergeNodes(label: NodeLabel, v: number, rows: unknown[]): Query {
  if (!isNodeLabel(label)) throw new RangeError(`label ${label}`);
  return {
    text: `UNWIND $rows AS row
MERGE (n:Node {id: row.id, _v: $v})
SET n:${label}, n += row.props, n._search = row.search`,
    params: { v, rows },
  };
}

export function mergeRelationships(type: RelationshipType, v: number, rows: unknown[]): Query {
  if (!isRelationshipType(type)) throw new RangeError(`type ${type}`);
  return {
    text: `UNWIND $rows AS row
MATCH (a:Node {id: row.start, _v: $v})
MATCH (b:Node {id: row.end, _v: $v})
MERGE (a)-[r:${type} {_key: row.key}]->(b)
SET r += row.props`,
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
export const publish = (v: number, hash: string, nodes: number, relationships: number): Query => ({
  text: `MERGE (m:${META_LABEL} {key: 'graph'})
SET m.version = $v, m.hash = $hash, m.nodes = $nodes, m.relationships = $relationships, m.loadedAt = datetime()`,
  params: { v, hash, nodes, relationships },
});

/** Deletes every version but `keep`, in batches of their own transactions (auto-commit only). */
export const deleteOtherVersions = (keep: number): Query => ({
  text: `MATCH (n:Node) WHERE n._v <> $keep
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`,
  params: { keep },
});
