// Everything that needs a real Neo4j, in one file: Community Neo4j has one user database, so these
// tests load bundles into it one after another, never in parallel.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundleIntoNeo4j } from '../../server/src/store/load/load-neo4j';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store';
import { answer, contractQueries } from './contract-queries';
import { miniBundle } from './fixture';
import { defineGraphStoreSuite } from './graph-store.suite';
import { describeWithNeo4j } from './neo4j-env';

describeWithNeo4j('Neo4j store', (settings) => {
  describe('on the fixture bundle', () => {
    beforeAll(async () => {
      await loadBundleIntoNeo4j(miniBundle(), settings);
    });

    defineGraphStoreSuite('neo4j', async () => new Neo4jGraphStore(settings), miniBundle);

    it('answers every contract query exactly as the memory store does', async () => {
      const memory = new MemoryGraphStore(miniBundle());
      const neo = new Neo4jGraphStore(settings);
      try {
        for (const [name, run] of contractQueries(miniBundle())) {
          expect({ name, answer: await answer(run(neo)) }).toEqual({
            name,
            answer: await answer(run(memory)),
          });
        }
      } finally {
        await neo.close();
      }
    });
  });
});
