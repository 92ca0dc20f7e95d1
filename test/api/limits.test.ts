// Query-shape, request and time limits: each refused with a 4xx status and its own code; the server
// keeps answering afterwards. On both stores (Neo4j in its own named graph).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_LIMITS } from '../../server/src/graphql/limits';
import type { GraphStore } from '../../server/src/store/graph-store';
import { loadBundleIntoNeo4j } from '../../server/src/store/load/load-neo4j';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store';
import { describeWithNeo4j } from '../store/neo4j-env';
import { miniBundle } from './fixture';
import { type Api, startApi } from './harness';

const deep = (levels: number): string => {
  let q = 'id';
  for (let i = 0; i < levels; i++) q = `provision { recommendations { ${q} } }`;
  return `{ node(id: "rec:cedaw-gr38:98") { ... on Recommendation { ${q} } } }`;
};

function limitsSuite(storeOf: () => Promise<GraphStore>): void {
  let api: Api;
  let slow: Api;
  let store: GraphStore;
  beforeAll(async () => {
    store = await storeOf();
    api = await startApi(store);
    slow = await startApi(store, { timeoutMs: 0 });
  });
  afterAll(async () => {
    await api?.close();
    await slow?.close();
    await store?.close();
  });

  const rejected = async (query: string, code: string) => {
    const res = await api.query(query);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.status).toBe(400);
  };

  it('refuses a query nested deeper than the depth limit with DEPTH_LIMIT_EXCEEDED', async () => {
    await rejected(deep(API_LIMITS.maxDepth / 2), 'DEPTH_LIMIT_EXCEEDED');
    await api.data(deep(2));
  });

  it('refuses a query whose estimated cost is above the limit with QUERY_TOO_COSTLY, before it runs', async () => {
    // lists count `first` (or `limit` × `depth`) times, lists taken whole an assumed size
    const chains = (first: number) =>
      `{ obligationChains(first: ${first}) { article obligation { id name } recommendation { id documentId ref }
        actor { id name } steps { type method evidence { id documentId ref } } } }`;
    await api.data(chains(100));
    const nested = '{ documents { provisions { document { provisions { document { id } } } } } }';
    const copies = (n: number, field: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field.slice(2, -2)}`).join(' ')} }`;
    await rejected(copies(10, nested), 'QUERY_TOO_COSTLY');
    const hood = '{ neighbourhood(id: "actor:states", depth: 3, limit: 2000) { nodes { id } edges { id } } }';
    await api.data(hood);
    await rejected(copies(20, hood), 'QUERY_TOO_COSTLY');
    // the same through variables: the estimate reads the request's own values
    const aliased = Array.from(
      { length: 10 },
      (_, i) => `a${i}: neighbourhood(id: "actor:states", depth: 3, limit: $l) { nodes { id } }`,
    );
    const res = await api.query(`query($l: Int) { ${aliased.join(' ')} }`, { l: 2000 });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('stops a request that reads more list items than its budget with QUERY_TOO_COSTLY', async () => {
    const small = await startApi(store, { maxListItems: 5 });
    try {
      const res = await small.query('{ stats { nodes } documents { provisions { id } } }');
      expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
      expect(res.body.errors?.[0]?.path).toEqual(['documents', 0, 'provisions']);
      // the rest of the answer stands, as GraphQL answers a failing field
      expect(res.body.data?.stats).toEqual({ nodes: 38 });
      expect(res.status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('replaces an answer larger than the response cap with RESPONSE_TOO_LARGE', async () => {
    const small = await startApi(store, { limits: { responseBytes: 300 } });
    try {
      const res = await small.query('{ documents { provisions { id text } } }');
      expect(res.body.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect(res.body.data).toBeUndefined();
      expect(res.status).toBe(400);
      expect((await small.data<{ stats: { nodes: number } }>('{ stats { nodes } }')).stats.nodes).toBe(38);
    } finally {
      await small.close();
    }
  });

  it('refuses more aliases than allowed with ALIAS_LIMIT_EXCEEDED', async () => {
    const aliases = Array.from({ length: API_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { nodes }`);
    await rejected(`{ ${aliases.join(' ')} }`, 'ALIAS_LIMIT_EXCEEDED');
  });

  it('refuses more directives than allowed with DIRECTIVE_LIMIT_EXCEEDED', async () => {
    const directives = Array.from({ length: API_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(
      ' ',
    );
    await rejected(`{ stats ${directives} { nodes } }`, 'DIRECTIVE_LIMIT_EXCEEDED');
  });

  it('refuses a query text with more tokens than allowed with GRAPHQL_PARSE_FAILED', async () => {
    await rejected(`{ stats { ${'nodes '.repeat(API_LIMITS.maxTokens)} } }`, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses batched operations (a JSON array of requests) with BAD_REQUEST', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ stats { nodes } }' }, { query: '{ stats { nodes } }' }]),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a request body above the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { nodes } } # ${'x'.repeat(API_LIMITS.bodyBytes)}` }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a request past its time budget with QUERY_TIMEOUT, and the server answers the next one', async () => {
    const res = await slow.query('{ stats { nodes } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(res.status).toBe(400);
    expect((await api.data<{ stats: { nodes: number } }>('{ stats { nodes } }')).stats.nodes).toBe(38);
  });

  it('refuses a GET request without a CSRF preflight header (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ stats { nodes } }')}`);
    expect(res.status).toBe(400);
    const ok = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ stats { nodes } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
  });

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
  });
}

describe('API limits on the memory store', () => {
  limitsSuite(async () => new MemoryGraphStore(miniBundle()));
});

describeWithNeo4j('API limits on Neo4j', (settings) => {
  limitsSuite(async () => {
    const own = { ...settings, graph: 'apilimits' };
    await loadBundleIntoNeo4j(miniBundle(), own);
    return new Neo4jGraphStore(own);
  });
});
