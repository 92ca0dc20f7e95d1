// Everything in the store that needs a real Neo4j, in one file: these tests load bundles one after
// another into their own graph name (`store-tests`), so other files may use the same database meanwhile.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphBundle } from '../../server/src/store/bundle';
import { loadBundleIntoNeo4j } from '../../server/src/store/load/load-neo4j';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import type { Neo4jSettings } from '../../server/src/store/neo4j/connection';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store';
import { StoreError } from '../../server/src/store/store-error';
import { answer, contractQueries } from './contract-queries';
import { miniBundle } from './fixture';
import { defineGraphStoreSuite } from './graph-store.suite';
import { describeWithNeo4j } from './neo4j-env';
import { scaleBundle } from './scaled-bundle';
import { freePort, TcpProxy } from './tcp-proxy';

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'NO_ERROR',
    (e: unknown) => (e instanceof StoreError ? e.code : `not a StoreError: ${String(e)}`),
  );

async function staleNodeCount(settings: Neo4jSettings): Promise<number> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  try {
    const { records } = await driver.executeQuery(
      `MATCH (m:AtlasMeta {key: $graph}) MATCH (n:Node) WHERE n._g = $graph AND n._v <> m.version RETURN count(n) AS stale`,
      { graph: settings.graph },
    );
    return Number(records[0]?.get('stale'));
  } finally {
    await driver.close();
  }
}

async function compareStores(settings: Neo4jSettings, bundle: GraphBundle): Promise<void> {
  const memory = new MemoryGraphStore(bundle);
  const neo = new Neo4jGraphStore(settings);
  try {
    for (const [name, run] of contractQueries(bundle)) {
      expect({ name, answer: await answer(run(neo)) }).toEqual({ name, answer: await answer(run(memory)) });
    }
  } finally {
    await neo.close();
  }
}

describeWithNeo4j('Neo4j store', (env) => {
  const settings: Neo4jSettings = { ...env, graph: 'store-tests' };
  describe('loading', () => {
    it('loads the bundle with counts equal to it, and a second load changes nothing', {
      timeout: 120_000,
    }, async () => {
      const first = await loadBundleIntoNeo4j(miniBundle(), settings);
      const store = new Neo4jGraphStore(settings);
      try {
        const before = await store.exportBundle();
        const second = await loadBundleIntoNeo4j(miniBundle(), settings);
        expect(second).toMatchObject({ changed: false, version: first.version });
        expect(await store.exportBundle()).toEqual(before);
        const stats = await store.stats();
        expect([stats.nodes, stats.relationships]).toEqual([
          miniBundle().nodes.length,
          miniBundle().relationships.length,
        ]);
      } finally {
        await store.close();
      }
    });

    it('rejects an invalid bundle with LOAD_FAILED and keeps the published graph', async () => {
      const bad = miniBundle();
      bad.relationships.push({
        type: 'CITES',
        start: 'prov:cedaw-gr38:10',
        end: 'inst:nowhere',
        properties: {},
      });
      expect(await codeOf(loadBundleIntoNeo4j(bad, settings))).toBe('LOAD_FAILED');
      const store = new Neo4jGraphStore(settings);
      expect((await store.stats()).relationships).toBe(miniBundle().relationships.length);
      await store.close();
    });
  });

  describe('on the fixture bundle', () => {
    beforeAll(async () => {
      await loadBundleIntoNeo4j(miniBundle(), settings);
    });

    defineGraphStoreSuite('neo4j', async () => new Neo4jGraphStore(settings), miniBundle);

    it('answers every contract query exactly as the memory store does', async () => {
      await compareStores(settings, miniBundle());
    }, 120_000);
  });

  describe('a load killed halfway', () => {
    it('leaves the previous complete graph readable, and the next load clears its leftovers', {
      timeout: 180_000,
    }, async () => {
      await loadBundleIntoNeo4j(miniBundle(), settings);
      const dir = mkdtempSync(join(tmpdir(), 'atlas-kill-'));
      const file = join(dir, 'big.json');
      writeFileSync(file, JSON.stringify(scaleBundle(miniBundle(), 400)));
      const store = new Neo4jGraphStore(settings);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'server/src/store/load/cli.ts', '--bundle', file],
        {
          env: {
            ...process.env,
            NEO4J_URI: settings.uri,
            NEO4J_USER: settings.user,
            NEO4J_PASSWORD: settings.password,
            NEO4J_GRAPH: settings.graph,
          },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      let statsDuringLoad: unknown = null;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('the load never reached its relationships')),
          150_000,
        );
        let killing = false;
        child.stderr.on('data', async (chunk: Buffer) => {
          if (killing || !chunk.toString().includes('load: relationships')) return;
          killing = true;
          statsDuringLoad = await store.stats();
          child.kill('SIGKILL');
          clearTimeout(timer);
          resolve();
        });
        child.once('exit', () => {
          if (!killing) reject(new Error('the load ended before it was killed'));
        });
      });
      await exited;
      try {
        const mini = miniBundle();
        expect(statsDuringLoad).toMatchObject({
          nodes: mini.nodes.length,
          relationships: mini.relationships.length,
        });
        expect(await store.stats()).toMatchObject({
          nodes: mini.nodes.length,
          relationships: mini.relationships.length,
        });
        expect(await staleNodeCount(settings)).toBeGreaterThan(0);
        expect((await loadBundleIntoNeo4j(mini, settings)).changed).toBe(false);
        expect(await staleNodeCount(settings)).toBe(0);
      } finally {
        await store.close();
      }
    });
  });

  describe('an outage', () => {
    const target = new URL(settings.uri);
    let proxy: TcpProxy;
    let store: Neo4jGraphStore;

    beforeAll(async () => {
      await loadBundleIntoNeo4j(miniBundle(), settings);
      proxy = new TcpProxy(await freePort(), { host: target.hostname, port: Number(target.port || 7687) });
      store = new Neo4jGraphStore({ ...settings, uri: `bolt://127.0.0.1:${proxy.port}` });
    });
    afterAll(async () => {
      await store.close();
      await proxy.close();
    });

    it('reports the database down at start, then answers once it is reachable, without a new store', {
      timeout: 60_000,
    }, async () => {
      expect(await store.health()).toEqual({ status: 'down', store: 'neo4j', code: 'UNAVAILABLE' });
      expect(await codeOf(store.node('actor:states'))).toBe('UNAVAILABLE');
      await proxy.open();
      expect((await store.node('actor:states')).id).toBe('actor:states');
      expect(await store.health()).toMatchObject({ status: 'up' });
    });

    it('turns a lost connection into UNAVAILABLE and recovers on the next query', {
      timeout: 60_000,
    }, async () => {
      await proxy.close();
      expect(await codeOf(store.stats())).toBe('UNAVAILABLE');
      expect((await store.health()).status).toBe('down');
      await proxy.open();
      expect((await store.stats()).nodes).toBe(miniBundle().nodes.length);
    });
  });

  describe('on the corpus bundle', () => {
    let corpus: GraphBundle;
    beforeAll(async () => {
      const seed = await import('@atlas/graph-seed');
      corpus = await seed.buildBundle();
      await loadBundleIntoNeo4j(corpus, settings);
    }, 300_000);

    it('answers every contract query exactly as the memory store does', async () => {
      await compareStores(settings, corpus);
    }, 300_000);
  });
});
