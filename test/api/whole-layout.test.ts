// The whole graph's layout served for the explorer: computed by the server from the store's own
// whole-graph answer, in a worker thread, once per graph version, the same for the same graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WholeGraphLayout } from '../../server/src/layout/whole-layout';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { miniBundle } from './fixture';
import { type Api, startApi } from './harness';

const layoutOf = async (api: Api): Promise<{ etag: string | null; layout: WholeGraphLayout }> => {
  const res = await fetch(`${api.url}/export/graph-layout.json`);
  expect(res.status).toBe(200);
  return { etag: res.headers.get('etag'), layout: (await res.json()) as WholeGraphLayout };
};

describe('the whole-graph layout', () => {
  const bundle = miniBundle();
  let api: Api;
  let again: Api;
  beforeAll(async () => {
    api = await startApi(new MemoryGraphStore(bundle));
    again = await startApi(new MemoryGraphStore(bundle));
  });
  afterAll(async () => {
    await api?.close();
    await again?.close();
  });

  it('gives every node of the graph a finite position and a community, centred on the origin', async () => {
    const { layout } = await layoutOf(api);
    expect([...layout.nodes].sort()).toEqual(bundle.nodes.map((n) => n.id).sort());
    expect(layout.x).toHaveLength(layout.nodes.length);
    expect(layout.y).toHaveLength(layout.nodes.length);
    expect([...layout.x, ...layout.y].every(Number.isFinite)).toBe(true);
    expect(layout.community.every((c) => c >= 0 && c < layout.communities)).toBe(true);
    const mid = (v: number[]) => (Math.min(...v) + Math.max(...v)) / 2;
    expect(Math.abs(mid(layout.x))).toBeLessThan(1);
    expect(Math.abs(mid(layout.y))).toBeLessThan(1);
    const { version } = (await (await fetch(`${api.url}/health`)).json()) as { version: number };
    expect(layout.version).toBe(version);
  });

  it('answers the same graph with the same layout, computed once per graph version', async () => {
    const first = await layoutOf(api);
    const second = await layoutOf(api);
    const elsewhere = await layoutOf(again);
    expect(second.etag).toBe(first.etag);
    expect(elsewhere.layout).toEqual(first.layout);
  });
});
