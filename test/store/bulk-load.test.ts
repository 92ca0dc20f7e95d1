// `npm run load -- --bulk` against the online loader: the ×1 corpus bundle loaded both ways, online
// into the Neo4j that NEO4J_URI names (as every Neo4j test does) and in bulk into a neo4j:local of this
// file's own (the bulk load stops and restarts its instance), must give the same database and the same
// answers from the server's Neo4j GraphStore. Then a bundle of values the CSV format makes tricky, and
// the refusals: a non-empty database, an instance that is not the local one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphBundle } from '../../server/src/store/bundle';
import { isBulkLoadError } from '../../server/src/store/load/bulk/bulk-error';
import { bulkLoadIntoLocalNeo4j } from '../../server/src/store/load/bulk/bulk-load';
import { loadBundleIntoNeo4j } from '../../server/src/store/load/load-neo4j';
import type { Neo4jSettings } from '../../server/src/store/neo4j/connection';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store';
import { dumpDatabase } from './bulk/database-dump';
import { type OwnNeo4j, ownNeo4j } from './bulk/own-neo4j';
import { trickyBundle } from './bulk/tricky-bundle';
import { answer, contractQueries } from './contract-queries';
import { describeWithNeo4j } from './neo4j-env';

const GRAPH = 'bulk-equivalence';

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'NO_ERROR',
    (e: unknown) => (isBulkLoadError(e) ? e.code : `not a BulkLoadError: ${String(e)}`),
  );

async function sameAnswers(bundle: GraphBundle, online: Neo4jSettings, bulk: Neo4jSettings): Promise<void> {
  const a = new Neo4jGraphStore(online);
  const b = new Neo4jGraphStore(bulk);
  try {
    for (const [name, run] of contractQueries(bundle))
      expect({ name, answer: await answer(run(b)) }).toEqual({ name, answer: await answer(run(a)) });
  } finally {
    await a.close();
    await b.close();
  }
}

describeWithNeo4j('bulk load', (env) => {
  const online: Neo4jSettings = { ...env, graph: GRAPH };
  let own: OwnNeo4j;
  let corpus: GraphBundle;

  beforeAll(async () => {
    own = await ownNeo4j(GRAPH);
    const seed = await import('@atlas/graph-seed');
    corpus = await seed.buildBundle();
    await loadBundleIntoNeo4j(corpus, online);
    await bulkLoadIntoLocalNeo4j(corpus, own.settings, { env: own.env });
  }, 400_000);
  afterAll(async () => {
    await own?.remove();
  }, 120_000);

  describe('of the ×1 corpus bundle', () => {
    it('holds the nodes, relationships and properties (with their types) of the online load', async () => {
      const [a, b] = [await dumpDatabase(online), await dumpDatabase(own.settings)];
      expect(b.nodes.length).toBe(corpus.nodes.length);
      expect(b.relationships.length).toBe(corpus.relationships.length);
      expect(b.nodes).toEqual(a.nodes);
      expect(b.relationships).toEqual(a.relationships);
      expect(b.stale).toEqual({ nodes: 0 });
    }, 120_000);

    it('carries the published-version marker, the version counter and the schema of the online load', async () => {
      const [a, b] = [await dumpDatabase(online), await dumpDatabase(own.settings)];
      expect(b.meta).toMatchObject({ versionIsTheNodes: true, nodes: corpus.nodes.length });
      expect(b.meta).toEqual(a.meta);
      expect(b.counter).toEqual(a.counter);
      expect(b.constraints).toEqual(a.constraints);
      expect(b.indexes).toEqual(a.indexes);
    }, 60_000);

    it('answers every contract query as the online load does', async () => {
      await sameAnswers(corpus, online, own.settings);
    }, 300_000);

    it('refuses the now non-empty database with DATABASE_NOT_EMPTY, changing nothing', async () => {
      const before = await dumpDatabase(own.settings);
      const store = new Neo4jGraphStore(own.settings);
      try {
        const published = await store.stats();
        expect(await codeOf(bulkLoadIntoLocalNeo4j(corpus, own.settings, { env: own.env }))).toBe(
          'DATABASE_NOT_EMPTY',
        );
        expect(await store.stats()).toEqual(published);
      } finally {
        await store.close();
      }
      expect(await dumpDatabase(own.settings)).toEqual(before);
    }, 120_000);

    it('refuses a Neo4j that is not the neo4j:local of its environment with NOT_LOCAL', async () => {
      // the URI of another instance, and the right port served from another data folder
      const other = { ...own.env, NEO4J_LOCAL_PORT: String(Number(own.env.NEO4J_LOCAL_PORT) + 1) };
      expect(await codeOf(bulkLoadIntoLocalNeo4j(corpus, own.settings, { env: other }))).toBe('NOT_LOCAL');
      const elsewhere = { ...own.env, NEO4J_LOCAL_DIR: `${own.env.NEO4J_LOCAL_DIR}-elsewhere` };
      expect(await codeOf(bulkLoadIntoLocalNeo4j(corpus, own.settings, { env: elsewhere }))).toBe(
        'NOT_LOCAL',
      );
    });
  });

  describe('of values the CSV format makes tricky', () => {
    const tricky: Neo4jSettings = { ...env, graph: 'bulk-tricky' };
    const ownTricky = () => ({ ...own.settings, graph: 'bulk-tricky' });

    beforeAll(async () => {
      await own.wipe();
      await loadBundleIntoNeo4j(trickyBundle(), tricky);
      await bulkLoadIntoLocalNeo4j(trickyBundle(), ownTricky(), { env: own.env });
    }, 300_000);

    it('stores each value as the online load does: quotes, commas, line breaks, lists, numbers, booleans', async () => {
      const [a, b] = [await dumpDatabase(tricky), await dumpDatabase(ownTricky())];
      expect(b.nodes).toEqual(a.nodes);
      expect(b.relationships).toEqual(a.relationships);
      expect(b.meta).toEqual(a.meta);
    }, 60_000);

    it('exports the bundle it was given', async () => {
      const store = new Neo4jGraphStore(ownTricky());
      const reference = new Neo4jGraphStore(tricky);
      try {
        expect(await store.exportBundle()).toEqual(await reference.exportBundle());
      } finally {
        await store.close();
        await reference.close();
      }
    }, 60_000);
  });
});
