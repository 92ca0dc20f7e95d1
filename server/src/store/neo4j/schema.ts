// The Neo4j schema the loader creates (idempotently, before any data) and the readers rely on.
// Every node carries the common label `Node`, its own label, its id, its graph name `_g` and the version
// `_v` of the load that wrote it: (id, _v) is unique, so a new load can be staged beside the current one.
import { NODE_LABELS } from '../bundle';

export const FULLTEXT_INDEX = 'atlas_search';
export const META_LABEL = 'AtlasMeta';

export function schemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT atlas_node_id IF NOT EXISTS FOR (n:Node) REQUIRE (n.id, n._v) IS UNIQUE',
    ...NODE_LABELS.map(
      (label) =>
        `CREATE CONSTRAINT atlas_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE (n.id, n._v) IS UNIQUE`,
    ),
    `CREATE CONSTRAINT atlas_meta_key IF NOT EXISTS FOR (m:${META_LABEL}) REQUIRE m.key IS UNIQUE`,
    'CREATE INDEX atlas_node_version IF NOT EXISTS FOR (n:Node) ON (n._v)',
    'CREATE INDEX atlas_node_graph IF NOT EXISTS FOR (n:Node) ON (n._g)',
    // whitespace analyzer: the indexed field already holds our own tokens (contract/text-search.ts)
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Node) ON EACH [n._search] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`,
  ];
}

/** Key of the meta node holding the version counter (graph names cannot contain `~`). */
export const VERSION_COUNTER = '~versions';
