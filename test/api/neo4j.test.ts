// The API suite on Neo4j, loaded with the same bundles as the memory run. Needs NEO4J_URI (fails in
// CI without it, skips loudly locally). It loads into its own named graph, so it can run beside the
// store tests that load theirs into the same database.
import { loadBundleIntoNeo4j } from '../../server/src/store/load/load-neo4j';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store';
import { describeWithNeo4j } from '../store/neo4j-env';
import { defineApiSuite } from './api-suite';

describeWithNeo4j('GraphQL API on Neo4j', (settings) => {
  defineApiSuite('neo4j', async (bundle) => {
    const own = { ...settings, graph: 'apitests' };
    await loadBundleIntoNeo4j(bundle, own);
    return new Neo4jGraphStore(own);
  });
});
