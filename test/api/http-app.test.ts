// The HTTP app around GraphQL: health, the offline GraphiQL, and unknown routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../server/src/http/graphiql-examples';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { miniBundle } from './fixture';
import { type Api, startApi } from './harness';

describe('HTTP app', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(new MemoryGraphStore(miniBundle()));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers GraphQL without an ETag or an X-Powered-By header', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(await res.json()).toEqual({ data: { stats: { nodes: 38 } } });
  });

  it('reports the store up on /health', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'up', store: 'memory', nodes: 38, version: 0 });
  });

  it('serves GraphiQL with every script and stylesheet from this server, none from a CDN', async () => {
    const html = await (await fetch(`${api.url}/graphiql`)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.length).toBe(7);
    for (const asset of assets) {
      expect(asset.startsWith('/graphiql/assets/')).toBe(true);
      const res = await fetch(`${api.url}${asset}`);
      expect([asset, res.status]).toEqual([asset, 200]);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(asset.endsWith('page.css') ? 10 : 1000);
    }
    expect(html).not.toMatch(/https?:\/\/(?!graphml)/);
    // no inline script or style: the Content-Security-Policy allows this server's files only
    expect(html).not.toMatch(/<script>|<style>/);
  });

  it('sends the security headers on every route: nosniff, a CSP with frame-ancestors, no framing', async () => {
    for (const path of ['/graphiql', '/health', '/graphql', '/export/graph.json', '/nowhere']) {
      const res = await fetch(`${api.url}${path}`);
      expect([path, res.headers.get('x-content-type-options')]).toEqual([path, 'nosniff']);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('ships example queries for the three user groups and each analyst field, each valid against the schema', async () => {
    expect(GRAPHIQL_EXAMPLES).toHaveLength(8);
    const all = GRAPHIQL_EXAMPLES.map((e) => e.query).join('\n');
    for (const field of [
      'where:',
      'recommendationCounts(',
      'search(',
      'provision(',
      'mode: PHRASE',
      'pageInfo',
      'dimension: MEASURE',
      'spans',
    ])
      expect(all).toContain(field);
    for (const example of GRAPHIQL_EXAMPLES) {
      const res = await api.query(example.query);
      const codes = (res.body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.filter((c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'GRAPHQL_PARSE_FAILED')).toEqual(
        [],
      );
    }
  });

  it('answers an unknown route with 404 NOT_FOUND', async () => {
    const res = await fetch(`${api.url}/nowhere`);
    expect(res.status).toBe(404);
  });
});
