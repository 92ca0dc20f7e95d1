// Cypher of the bulk path beyond the online loader's (load-statements.ts), as pure functions
// (snapshot-tested): the checks of the database it may replace, and the empty lists set after the
// import. Relationship types and property keys are checked before they become text; values are parameters.
import type { RelationshipType } from '../../bundle';
import { isRelationshipType } from '../../contract/validate';
import type { Query } from '../../neo4j/cypher';
import { PROPERTY_KEY } from '../load-statements';

/** The DBMS home the answering instance runs from. */
export const instanceHome = (): Query => ({
  text: "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.neo4j_home' RETURN value AS home",
  params: {},
});

/** Whether the database holds any node at all, of any graph: the import replaces the whole database. */
export const anyNode = (): Query => ({ text: 'MATCH (n) RETURN count(n) > 0 AS any', params: {} });

/** Sets node property `key` to `[]` on the nodes of version `v` with these ids. */
export function setEmptyNodeLists(v: number, key: string, ids: readonly string[]): Query {
  if (!PROPERTY_KEY.test(key)) throw new RangeError(`property ${key}`);
  return {
    text: `UNWIND $ids AS id MATCH (n:Node {id: id, _v: $v}) SET n.${key} = []`,
    params: { v, ids },
  };
}

/**
 * Sets relationship property `key` to `[]` on the relationships of version `v` named by their ends
 * and rank `k` (null for the first of parallel ones, which stores no `_k`: contract/edge-id.ts).
 */
export function setEmptyRelationshipLists(
  type: RelationshipType,
  v: number,
  key: string,
  rows: ReadonlyArray<{ start: string; end: string; k: number | null }>,
): Query {
  if (!isRelationshipType(type)) throw new RangeError(`type ${type}`);
  if (!PROPERTY_KEY.test(key)) throw new RangeError(`property ${key}`);
  return {
    text: `UNWIND $rows AS row
MATCH (:Node {id: row.start, _v: $v})-[r:${type}]->(:Node {id: row.end, _v: $v})
WHERE (row.k IS NULL AND r._k IS NULL) OR r._k = row.k
SET r.${key} = []`,
    params: { v, rows },
  };
}
