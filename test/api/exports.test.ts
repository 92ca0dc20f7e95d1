// Downloads: the bundle JSON round-trips; the GraphML declares a typed key for every property it
// writes, with values of that type, valid NMTOKEN ids, and edges between written nodes.
import { create } from 'xmlbuilder2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphmlId, toGraphML, toGraphMLYielding } from '../../server/src/export/graphml';
import { csvCell, LINK_CSV_HEADER } from '../../server/src/export/links-csv';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { miniBundle } from './fixture';
import { type Api, startApi } from './harness';

type Xml = Record<string, unknown>;
const asList = (v: unknown): Xml[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Xml[];

describe('exports', () => {
  let api: Api;
  const bundle = miniBundle();
  beforeAll(async () => {
    api = await startApi(new MemoryGraphStore(bundle));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('serves the whole graph as the bundle it was loaded from', async () => {
    const res = await fetch(`${api.url}/export/graph.json`);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const got = (await res.json()) as typeof bundle;
    expect(got.nodes.map((n) => n.id).sort()).toEqual(bundle.nodes.map((n) => n.id).sort());
    expect(got.relationships).toHaveLength(bundle.relationships.length);
  });

  it('writes GraphML with a typed key for every property and edges between written nodes', async () => {
    const res = await fetch(`${api.url}/export/graph.graphml`);
    expect(res.status).toBe(200);
    const doc = create(await res.text()).end({ format: 'object' }) as Xml;
    const root = doc.graphml as Xml;
    expect(root['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = new Map(asList(root.key).map((k) => [String(k['@id']), k]));
    const graph = root.graph as Xml;
    const nodes = asList(graph.node);
    const edges = asList(graph.edge);
    expect(nodes).toHaveLength(bundle.nodes.length);
    expect(edges).toHaveLength(bundle.relationships.length);
    const nodeIds = new Set(nodes.map((n) => String(n['@id'])));
    for (const id of nodeIds) expect(id).toMatch(/^[A-Za-z0-9._:-]+$/);
    for (const e of edges)
      expect(nodeIds.has(String(e['@source'])) && nodeIds.has(String(e['@target']))).toBe(true);
    for (const el of [...nodes, ...edges]) {
      for (const d of asList(el.data)) {
        const key = keys.get(String(d['@key']));
        expect(key).toBeDefined();
        const text = String(d['#'] ?? '');
        if (key?.['@attr.type'] === 'long') expect(text).toMatch(/^-?\d+$/);
        if (key?.['@attr.type'] === 'double') expect(Number.isFinite(Number(text))).toBe(true);
      }
    }
    const year = [...keys.values()].find((k) => k['@for'] === 'node' && k['@attr.name'] === 'year');
    expect(year?.['@attr.type']).toBe('long');
    expect(nodeIds.has(graphmlId('prov:cedaw-gr38:54(b)'))).toBe(true);
  });

  it('exports the subgraph induced by given ids, and a neighbourhood, in both formats', async () => {
    const ids = await fetch(`${api.url}/export/subgraph.json?ids=actor:business,rec:ga-res-77-194:12`);
    const sub = (await ids.json()) as typeof bundle;
    expect(sub.nodes.map((n) => n.id)).toEqual(['actor:business', 'rec:ga-res-77-194:12']);
    expect(sub.relationships.map((r) => r.type)).toEqual(['ADDRESSED_TO']);
    const around = await fetch(`${api.url}/export/subgraph.graphml?around=actor:business&depth=1`);
    expect(around.status).toBe(200);
    expect(await around.text()).toContain(graphmlId('rec:ga-res-77-194:12'));
  });

  it('answers bad export requests with a 4xx and a code', async () => {
    const cases: Array<[string, number, string]> = [
      ['/export/subgraph.json', 400, 'BAD_USER_INPUT'],
      ['/export/subgraph.json?around=actor:nobody', 404, 'NOT_FOUND'],
      ['/export/subgraph.json?around=actor:states&depth=7', 400, 'BAD_USER_INPUT'],
      ['/export/graph.xlsx', 404, 'NOT_FOUND'],
    ];
    for (const [path, status, code] of cases) {
      const res = await fetch(`${api.url}${path}`);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect([path, res.status, body.errors[0]?.extensions.code]).toEqual([path, status, code]);
    }
  });
});

describe('exports of a larger graph', () => {
  it('computes the whole-graph file once per graph version, however many download it at once', async () => {
    const bundle = miniBundle();
    const store = new MemoryGraphStore(bundle);
    let exports = 0;
    const counted = new Proxy(store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== 'exportBundle' || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          exports += 1;
          return value.apply(target, args);
        };
      },
    });
    const api = await startApi(counted);
    try {
      // The whole-graph layout reads the graph once at start-up for itself (layout-route.ts): counted apart.
      await (await fetch(`${api.url}/export/graph-layout.json`)).text();
      expect(exports).toBe(1);
      exports = 0;
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => fetch(`${api.url}/export/graph.graphml`).then((r) => r.text())),
      );
      expect(new Set(answers).size).toBe(1);
      expect(exports).toBe(1);
    } finally {
      await api.close();
    }
  });

  it('writes the same GraphML a slice at a time as in one go, and tags the cached file with one ETag', async () => {
    const bundle = miniBundle();
    expect(await toGraphMLYielding(bundle)).toBe(toGraphML(bundle));
    const store = new MemoryGraphStore(bundle);
    const api = await startApi(store);
    try {
      const first = await fetch(`${api.url}/export/graph.graphml`);
      expect(await first.text()).toBe(toGraphML(await store.exportBundle()));
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await fetch(`${api.url}/export/graph.graphml`);
      expect(again.headers.get('etag')).toBe(etag);
    } finally {
      await api.close();
    }
  });
});

describe('the links CSV', () => {
  it('guards every cell a spreadsheet would read as a formula, and quotes commas, quotes and line breaks', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r'])
      expect(csvCell(`${lead}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('serves one row per link with both ends named, the type, method, evidence and the recommendation text', async () => {
    const bundle = miniBundle();
    const api = await startApi(new MemoryGraphStore(bundle));
    try {
      const res = await fetch(`${api.url}/export/graph.csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const lines = (await res.text()).trimEnd().split('\r\n');
      expect(lines[0]).toBe(LINK_CSV_HEADER.join(','));
      expect(lines).toHaveLength(bundle.relationships.length + 1);
      const row = lines.find(
        (l) => l.startsWith('rec:ga-res-77-194:12,Recommendation,') && l.includes(',ADDRESSED_TO,'),
      );
      expect(row).toContain('actor:business,Actor,Business sector,rule');
      expect(row).toContain('Encourages the business sector');
    } finally {
      await api.close();
    }
  });

  it('writes GraphML keys label (the name) and kind (the node label), evidence as a list', () => {
    const xml = toGraphML(miniBundle());
    expect(xml).toMatch(/<key id="n0" for="node" attr.name="label" attr.type="string"\/>/);
    expect(xml).toMatch(/<key id="n1" for="node" attr.name="kind" attr.type="string"\/>/);
    expect(xml).toContain('attr.name="documentKind"');
    expect(xml).toMatch(/attr.name="evidence"/);
    expect(xml).toContain('[&quot;prov:cedaw-gr38:54(a)&quot;]');
  });
});
