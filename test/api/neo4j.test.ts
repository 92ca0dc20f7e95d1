// The API suite on Neo4j, loaded with the same bundles as the memory run. Needs NEO4J_URI (fails in
// CI without it, skips loudly locally). Community Neo4j has one user database: this file loads
// bundles into it one after another, and must not run beside another file that loads Neo4j.
import { loadBundleIntoNeo4j } from '../../server/src/store/load/load-neo4j';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store';
import { describeWithNeo4j } from '../store/neo4j-env';
import { defineApiSuite } from './api-suite';

describeWithNeo4j('GraphQL API on Neo4j', (settings) => {
  defineApiSuite('neo4j', async (bundle) => {
    await loadBundleIntoNeo4j(bundle, settings);
    return new Neo4jGraphStore(settings);
  });
});
