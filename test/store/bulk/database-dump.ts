// What a Neo4j database holds for one graph, as the loaders wrote it: every node and relationship of
// the published version with every property (internal ones too) and its Cypher type, the
// published-version marker and the version counter (their types; the version as "the nodes' version",
// since a shared test database numbers versions across graphs), and the schema the loader creates.
// Two dumps are equal when the databases hold the same graph, down to integer versus float.
import neo4j from 'neo4j-driver';
import type { Neo4jSettings } from '../../../server/src/store/neo4j/connection';

type Row = Record<string, unknown>;

export interface DatabaseDump {
  nodes: Row[];
  relationships: Row[];
  /** Nodes and relationships of the graph outside the published version. */
  stale: Row;
  meta: Row;
  counter: Row;
  constraints: Row[];
  indexes: Row[];
}

const byJson = (rows: Row[]): Row[] =>
  rows
    .map((r) => ({
      ...r,
      props: (r.props as unknown[][]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    }))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

export async function dumpDatabase(settings: Neo4jSettings): Promise<DatabaseDump> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
  });
  const rows = async (text: string) =>
    (await driver.executeQuery(text, { graph: settings.graph })).records.map((r) => r.toObject());
  try {
    const published = `MATCH (m:AtlasMeta {key: $graph})`;
    return {
      nodes: byJson(
        await rows(`${published} MATCH (n:Node) WHERE n._g = $graph AND n._v = m.version
RETURN n.id AS id, labels(n) AS labels, [k IN keys(n) WHERE k <> '_v' | [k, valueType(n[k]), n[k]]] AS props,
  valueType(n._v) AS version`),
      ).map((r) => ({ ...r, labels: [...(r.labels as string[])].sort() })),
      relationships: byJson(
        await rows(`${published} MATCH (a:Node)-[r]->(b:Node) WHERE a._g = $graph AND a._v = m.version
RETURN a.id AS start, type(r) AS type, b.id AS end, b._v = m.version AS sameVersion,
  [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props`),
      ),
      stale: (
        await rows(`${published} OPTIONAL MATCH (n:Node) WHERE n._g = $graph AND n._v <> m.version
RETURN count(n) AS nodes`)
      )[0] as Row,
      meta: (
        await rows(`${published} MATCH (n:Node) WHERE n._g = $graph WITH m, collect(DISTINCT n._v) AS versions
RETURN [k IN keys(m) | [k, valueType(m[k])]] AS types, m.hash AS hash, m.nodes AS nodes,
  m.relationships AS relationships, versions = [m.version] AS versionIsTheNodes`)
      ).map((r) => ({ ...r, types: (r.types as string[][]).sort() }))[0] as Row,
      counter: (
        await rows(`${published} MATCH (c:AtlasMeta {key: '~versions'})
RETURN [k IN keys(c) | [k, valueType(c[k])]] AS types, c.next >= m.version AS atOrPastIt`)
      ).map((r) => ({ ...r, types: (r.types as string[][]).sort() }))[0] as Row,
      constraints:
        await rows(`SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex
WHERE name STARTS WITH 'atlas_' RETURN * ORDER BY name`),
      // the token lookup indexes Neo4j makes by itself are named by hash: compared by what they index
      indexes:
        await rows(`SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, indexProvider, options, state
WHERE name STARTS WITH 'atlas_' OR type = 'LOOKUP'
RETURN CASE type WHEN 'LOOKUP' THEN 'lookup' ELSE name END AS name, type, entityType, labelsOrTypes, properties,
  indexProvider, options, state ORDER BY name, entityType`),
    };
  } finally {
    await driver.close();
  }
}
