import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphBundle } from '../../server/src/store/bundle';
import { createGraphStore, MemoryGraphStore, StoreError } from '../../server/src/store/index';
import { MINI_BUNDLE_PATH, miniBundle } from './fixture';

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'NO_ERROR',
    (e: unknown) => (e instanceof StoreError ? e.code : 'OTHER'),
  );

describe('createGraphStore', () => {
  it('opens the embedded store on a bundle file', async () => {
    const store = await createGraphStore({ kind: 'memory', bundlePath: MINI_BUNDLE_PATH });
    expect(store.kind).toBe('memory');
    expect((await store.stats()).nodes).toBe(miniBundle().nodes.length);
  });

  it('fails with LOAD_FAILED on a missing or invalid bundle file', async () => {
    expect(await codeOf(createGraphStore({ kind: 'memory', bundlePath: '/nonexistent/graph.json' }))).toBe(
      'LOAD_FAILED',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-bad-')), 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'graph-bundle', version: 1, nodes: [{ id: 'x' }], relationships: [] }),
    );
    expect(await codeOf(createGraphStore({ kind: 'memory', bundlePath: file }))).toBe('LOAD_FAILED');
  });

  it('fails with LOAD_FAILED, not a JSON SyntaxError, on a bundle file that is not JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-bad-')), 'corrupt.json');
    writeFileSync(file, '{"format": "graph-bundle", "nodes": [');
    expect(await codeOf(createGraphStore({ kind: 'memory', bundlePath: file }))).toBe('LOAD_FAILED');
  });

  it('refuses a bundle whose relationship names a missing node, a duplicate id or an unknown label with LOAD_FAILED', () => {
    const loadCode = (bundle: GraphBundle) => {
      try {
        new MemoryGraphStore(bundle);
        return 'NO_ERROR';
      } catch (e) {
        return e instanceof StoreError ? e.code : `not a StoreError: ${String(e)}`;
      }
    };
    const dangling = miniBundle();
    dangling.relationships.push({
      type: 'CITES',
      start: 'prov:cedaw-gr38:10',
      end: 'inst:nowhere',
      properties: {},
    });
    const duplicate = miniBundle();
    duplicate.nodes.push(duplicate.nodes[0] as GraphBundle['nodes'][number]);
    const unlabelled = miniBundle();
    (unlabelled.nodes[0] as { labels: string[] }).labels = ['Planet'];
    expect([dangling, duplicate, unlabelled].map(loadCode)).toEqual([
      'LOAD_FAILED',
      'LOAD_FAILED',
      'LOAD_FAILED',
    ]);
  });

  it('opens a Neo4j store without reaching the database, which then reports itself down', async () => {
    const store = await createGraphStore({
      kind: 'neo4j',
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
    });
    try {
      expect(store.kind).toBe('neo4j');
      expect(await store.health()).toEqual({ status: 'down', store: 'neo4j', code: 'UNAVAILABLE' });
      expect(await codeOf(store.stats())).toBe('UNAVAILABLE');
    } finally {
      await store.close();
    }
  });
});
