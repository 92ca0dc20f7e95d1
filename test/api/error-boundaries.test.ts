// Errors crossing the API boundary: an unreachable graph database is SERVICE_UNAVAILABLE (503) through
// GraphQL and through the HTTP routes alike (one store → API code map); anything unexpected is
// logged and masked as INTERNAL_SERVER_ERROR, its message never sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphBundle, GraphStore } from '../../server/src/store/graph-store';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store';
import { freePort } from '../store/tcp-proxy';
import { miniBundle } from './fixture';
import { type Api, startApi } from './harness';

const SECRET = 'secret detail of an unexpected failure';

/** The real memory store, with one method failing as a bug would (not a StoreError). */
function storeFailingIn(method: 'stats' | 'exportBundle'): GraphStore {
  const store = new MemoryGraphStore(miniBundle());
  store[method] = async () => {
    throw new TypeError(SECRET);
  };
  return store;
}

const getJson = async (url: string) => {
  const res = await fetch(url);
  return {
    status: res.status,
    body: (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
};

describe('an unreachable graph database', () => {
  let api: Api;
  let store: Neo4jGraphStore;
  beforeAll(async () => {
    // a real Neo4j store on a port nothing listens on
    store = new Neo4jGraphStore({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      user: 'neo4j',
      password: 'x',
      graph: 'none',
    });
    api = await startApi(store);
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  it('is SERVICE_UNAVAILABLE with HTTP 503 through GraphQL', async () => {
    const res = await api.query('{ stats { nodes } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.status).toBe(503);
  });

  it('is SERVICE_UNAVAILABLE with HTTP 503 through the export routes', async () => {
    const res = await getJson(`${api.url}/export/graph.json`);
    expect(res.status).toBe(503);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it("is SERVICE_UNAVAILABLE with HTTP 503 through the whole graph's layout", async () => {
    const res = await getJson(`${api.url}/export/graph-layout.json`);
    expect(res.status).toBe(503);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('an unexpected failure', () => {
  it('is masked as INTERNAL_SERVER_ERROR through GraphQL, its message not sent', async () => {
    const api = await startApi(storeFailingIn('stats'));
    try {
      const res = await api.query('{ stats { nodes } }');
      expect(res.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Internal server error', 'INTERNAL_SERVER_ERROR'],
      ]);
      expect(JSON.stringify(res.body)).not.toContain(SECRET);
    } finally {
      await api.close();
    }
  });

  it('is masked as INTERNAL_SERVER_ERROR with HTTP 500 through the export routes, its message not sent', async () => {
    const api = await startApi(storeFailingIn('exportBundle'));
    try {
      const res = await getJson(`${api.url}/export/graph.json`);
      expect(res.status).toBe(500);
      expect(res.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Internal server error', 'INTERNAL_SERVER_ERROR'],
      ]);
      expect(JSON.stringify(res.body)).not.toContain(SECRET);
    } finally {
      await api.close();
    }
  });

  it("is masked through the whole graph's layout, and not kept: the next request lays the graph out", async () => {
    const store = new MemoryGraphStore(miniBundle());
    const exportBundle = store.exportBundle.bind(store);
    let failing = true;
    store.exportBundle = async () => {
      if (failing) throw new TypeError(SECRET);
      return exportBundle();
    };
    const api = await startApi(store);
    try {
      const failed = await getJson(`${api.url}/export/graph-layout.json`);
      expect(failed.status).toBe(500);
      expect(failed.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Internal server error', 'INTERNAL_SERVER_ERROR'],
      ]);
      expect(JSON.stringify(failed.body)).not.toContain(SECRET);
      failing = false;
      expect((await fetch(`${api.url}/export/graph-layout.json`)).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('is masked when the graph breaks the schema (a document without its year), and the rest still answers', async () => {
    const bundle: GraphBundle = miniBundle();
    const doc = bundle.nodes.find((n) => n.labels[0] === 'Document');
    if (doc) delete doc.properties.year;
    const api = await startApi(new MemoryGraphStore(bundle));
    try {
      const res = await api.query('{ documents { id year } }');
      expect(res.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Internal server error', 'INTERNAL_SERVER_ERROR'],
      ]);
      expect(await api.data('{ stats { nodes } }')).toEqual({ stats: { nodes: bundle.nodes.length } });
    } finally {
      await api.close();
    }
  });
});
