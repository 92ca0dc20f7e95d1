// The GraphStore contract suite: every method, run against each store loaded from the mini bundle.
// Expectations are derived from the fixture bundle where they can be; the rest state the contract's
// rules (order, caps, typed errors).
import { beforeAll, describe, expect, it } from 'vitest';
import { type GraphBundle, NODE_LABELS, RELATIONSHIP_TYPES } from '../../server/src/store/bundle';
import { edgeIds } from '../../server/src/store/contract/edge-id';
import { compareStrings } from '../../server/src/store/contract/ordering';
import type { GraphStore } from '../../server/src/store/graph-store';
import { StoreError } from '../../server/src/store/store-error';

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  return 'NO_ERROR';
};

const sorted = (xs: Iterable<string>): string[] => [...xs].sort(compareStrings);

export function defineGraphStoreSuite(
  name: string,
  createStore: () => Promise<GraphStore>,
  bundle: () => GraphBundle,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    let b: GraphBundle;
    beforeAll(async () => {
      b = bundle();
      store = await createStore();
      return () => store.close();
    });

    it('reports itself up with the bundle node count', async () => {
      expect(await store.health()).toMatchObject({ status: 'up', nodes: b.nodes.length });
    });

    it('returns a node by id with its label and properties', async () => {
      const source = b.nodes.find((n) => n.id === 'prov:cedaw-gr38:54(b)');
      const node = await store.node('prov:cedaw-gr38:54(b)');
      expect(node).toEqual({ id: source?.id, label: 'Provision', properties: source?.properties });
    });

    it('rejects an unknown id with NOT_FOUND', async () => {
      expect(await codeOf(store.node('rec:nowhere:1'))).toBe('NOT_FOUND');
    });

    it('returns nodes in the order asked, null for unknown ids', async () => {
      const got = await store.nodes(['actor:states', 'nope:1', 'inst:cedaw']);
      expect(got.map((n) => n?.id ?? null)).toEqual(['actor:states', null, 'inst:cedaw']);
    });

    it('lists every node of a label in id order across pages', async () => {
      const expected = sorted(b.nodes.filter((n) => n.labels[0] === 'Provision').map((n) => n.id));
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await store.listNodes({ label: 'Provision', first: 4, after });
        expect(page.totalCount).toBe(expected.length);
        seen.push(...page.items.map((n) => n.id));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('filters recommendations by document, addressee and text together', async () => {
      const page = await store.listNodes({
        label: 'Recommendation',
        first: 10,
        filter: {
          properties: { documentId: ['doc:cedaw-gr38'] },
          related: [{ type: 'ADDRESSED_TO', direction: 'out', ids: ['actor:states'] }],
          text: 'migration',
        },
      });
      expect(page.items.map((n) => n.id)).toEqual(['rec:cedaw-gr38:54(b)']);
      expect(page.totalCount).toBe(1);
    });

    it('filters on an array property by any of its elements', async () => {
      const page = await store.listNodes({
        label: 'Actor',
        first: 10,
        filter: { properties: { aliases: ['employers'] } },
      });
      expect(page.items.map((n) => n.id)).toEqual(['actor:business']);
    });

    it('rejects an unknown label, a bad cursor and a page size out of range', async () => {
      expect(await codeOf(store.listNodes({ label: 'Person' as never, first: 5 }))).toBe('INVALID_ARGUMENT');
      expect(await codeOf(store.listNodes({ label: 'Actor', first: 5, after: '%%%' }))).toBe(
        'INVALID_ARGUMENT',
      );
      expect(await codeOf(store.listNodes({ label: 'Actor', first: 0 }))).toBe('INVALID_ARGUMENT');
      expect(await codeOf(store.listNodes({ label: 'Actor', first: 1001 }))).toBe('INVALID_ARGUMENT');
    });

    it('returns the relationships of several nodes by type and direction, in edge id order', async () => {
      const [ofRec, ofNothing, ofActor] = await store.relationships({
        ids: ['rec:ga-res-77-194:12', 'nope:1', 'actor:states'],
        direction: 'out',
        types: ['IMPLEMENTS', 'ADDRESSED_TO'],
      });
      const ids = edgeIds(b.relationships);
      const expected = b.relationships
        .map((r, i) => ({ ...r, id: ids[i] }))
        .filter((r) => r.start === 'rec:ga-res-77-194:12' && ['IMPLEMENTS', 'ADDRESSED_TO'].includes(r.type));
      expect(ofRec?.map((e) => e.id)).toEqual(sorted(expected.map((r) => r.id as string)));
      expect(ofRec?.[0]?.properties.evidence).toEqual(['prov:ga-res-77-194:12']);
      expect(ofNothing).toEqual([]);
      expect(ofActor).toEqual([]);
    });

    it('keeps parallel relationships apart, each with its own id and properties', async () => {
      const [edges] = await store.relationships({
        ids: ['obl:non-punishment'],
        direction: 'out',
        types: ['ARISES_FROM'],
      });
      expect(edges?.map((e) => e.properties.article)).toEqual(['2', '6(3)']);
      expect(new Set(edges?.map((e) => e.id)).size).toBe(2);
    });

    it('rejects an unknown relationship type', async () => {
      expect(
        await codeOf(
          store.relationships({ ids: ['actor:states'], direction: 'in', types: ['LIKES' as never] }),
        ),
      ).toBe('INVALID_ARGUMENT');
    });

    it('finds nodes by every word of the text, by prefix, best score first, with highlights', async () => {
      const hits = await store.search({ text: 'traffick women', first: 50 });
      expect(hits.length).toBeGreaterThan(3);
      for (const h of hits) {
        expect(h.score).toBeGreaterThan(0);
        expect(h.snippet.highlights.length).toBeGreaterThan(0);
        const [s, e] = h.snippet.highlights[0] ?? [0, 0];
        expect(h.snippet.text.slice(s, e).toLowerCase()).toMatch(/^(traffick|women)/);
      }
      for (let i = 1; i < hits.length; i++) {
        const a = hits[i - 1];
        const c = hits[i];
        if (a && c) expect(a.score > c.score || (a.score === c.score && a.node.id < c.node.id)).toBe(true);
      }
    });

    it('ranks a node named by the query above one that only mentions it', async () => {
      const hits = await store.search({ text: 'CEDAW', first: 10 });
      expect(hits[0]?.node.id).toMatch(/^(inst:cedaw|doc:cedaw-gr38|inst:cedaw-gr38|actor:cedaw-committee)$/);
    });

    it('restricts search to labels and ignores case and accents', async () => {
      const hits = await store.search({ text: 'MIGRATIÓN', labels: ['Provision'], first: 10 });
      expect(hits.map((h) => h.node.label)).toEqual(hits.map(() => 'Provision'));
      expect(hits.map((h) => h.node.id)).toContain('prov:cedaw-gr38:54(b)');
    });

    it('rejects a search with no words', async () => {
      expect(await codeOf(store.search({ text: ' ,; ', first: 5 }))).toBe('INVALID_ARGUMENT');
    });

    it('returns the depth-1 neighbourhood of a node as an induced subgraph', async () => {
      const sub = await store.neighbourhood({ id: 'obl:prevent', depth: 1, limit: 100 });
      const expectedIds = new Set(['obl:prevent']);
      for (const r of b.relationships) {
        if (r.start === 'obl:prevent') expectedIds.add(r.end);
        if (r.end === 'obl:prevent') expectedIds.add(r.start);
      }
      expect(sub.nodes[0]?.id).toBe('obl:prevent');
      expect(sorted(sub.nodes.map((n) => n.id))).toEqual(sorted(expectedIds));
      const kept = new Set(sub.nodes.map((n) => n.id));
      const induced = b.relationships.filter((r) => kept.has(r.start) && kept.has(r.end));
      expect(sub.edges.length).toBe(induced.length);
      expect(sub.truncated).toBe(false);
    });

    it('caps the neighbourhood and counts what it left out', async () => {
      const full = await store.neighbourhood({ id: 'actor:states', depth: 2, limit: 5000 });
      const capped = await store.neighbourhood({ id: 'actor:states', depth: 2, limit: 3 });
      expect(capped.nodes.map((n) => n.id)).toEqual(full.nodes.slice(0, 3).map((n) => n.id));
      expect(capped.truncated).toBe(true);
      expect(capped.omittedNodes).toBe(full.nodes.length - 3);
      expect(capped.omittedEdges).toBe(full.edges.length - capped.edges.length);
    });

    it('follows only the relationship types and direction asked', async () => {
      const sub = await store.neighbourhood({
        id: 'rec:ga-res-77-194:12',
        depth: 3,
        types: ['IMPLEMENTS'],
        direction: 'out',
        limit: 100,
      });
      expect(sub.nodes.map((n) => n.id)).toEqual([
        'rec:ga-res-77-194:12',
        'obl:business-accountability',
        'obl:prevent',
      ]);
      expect(sub.edges.every((e) => e.type === 'IMPLEMENTS')).toBe(true);
    });

    it('rejects depth and limit out of range and unknown centres', async () => {
      expect(await codeOf(store.neighbourhood({ id: 'actor:states', depth: 4, limit: 10 }))).toBe(
        'INVALID_ARGUMENT',
      );
      expect(await codeOf(store.neighbourhood({ id: 'actor:states', depth: 0, limit: 10 }))).toBe(
        'INVALID_ARGUMENT',
      );
      expect(await codeOf(store.neighbourhood({ id: 'actor:states', depth: 1, limit: 0 }))).toBe(
        'INVALID_ARGUMENT',
      );
      expect(await codeOf(store.neighbourhood({ id: 'actor:nobody', depth: 1, limit: 10 }))).toBe(
        'NOT_FOUND',
      );
    });

    it('returns the k shortest simple paths by length then node ids', async () => {
      const paths = await store.paths({
        from: 'rec:cedaw-gr38:98',
        to: 'inst:untoc',
        maxLength: 4,
        first: 5,
      });
      expect(paths.length).toBeGreaterThan(1);
      const first = paths[0];
      expect(first?.nodes.map((n) => n.id)).toEqual([
        'rec:cedaw-gr38:98',
        'obl:non-punishment',
        'inst:trafficking-protocol',
        'inst:untoc',
      ]);
      // the two ARISES_FROM relationships join the same pair: one step, both edges
      expect(first?.edges[1]?.map((e) => e.properties.article)).toEqual(['2', '6(3)']);
      for (const p of paths) {
        expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length);
        expect(p.edges.length).toBe(p.nodes.length - 1);
      }
      const lengths = paths.map((p) => p.nodes.length);
      expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    });

    it('finds paths only through the allowed types', async () => {
      const paths = await store.paths({
        from: 'rec:cedaw-gr38:98',
        to: 'inst:untoc',
        maxLength: 4,
        types: ['IMPLEMENTS', 'ARISES_FROM'],
        first: 5,
      });
      expect(paths).toEqual([]);
    });

    it('rejects a path length out of range', async () => {
      expect(
        await codeOf(store.paths({ from: 'actor:states', to: 'inst:cedaw', maxLength: 5, first: 1 })),
      ).toBe('INVALID_ARGUMENT');
    });

    it('builds obligation chains with the evidence of each step', async () => {
      const { chains, totalCount } = await store.obligationChains({
        instrument: 'inst:trafficking-protocol',
        first: 100,
      });
      expect(totalCount).toBe(chains.length);
      expect(chains.length).toBeGreaterThan(0);
      for (const c of chains) {
        expect(c.instrument.id).toBe('inst:trafficking-protocol');
        expect(c.arisesFrom.start).toBe(c.obligation.id);
        expect(c.implementsEdge).toMatchObject({ start: c.recommendation.id, end: c.obligation.id });
        expect(c.addressedTo).toMatchObject({ start: c.recommendation.id, end: c.actor.id });
        expect(Array.isArray(c.implementsEdge.properties.evidence)).toBe(true);
      }
      const recs = sorted(new Set(chains.map((c) => c.recommendation.id)));
      expect(recs).toEqual([
        'rec:cedaw-gr38:54(a)',
        'rec:cedaw-gr38:54(b)',
        'rec:cedaw-gr38:98',
        'rec:ga-res-77-194:12',
        'rec:ga-res-77-194:5',
      ]);
    });

    it('filters obligation chains on actor and root cause', async () => {
      const { chains } = await store.obligationChains({
        actor: 'actor:business',
        rootCause: 'cause:poverty-economic-injustice',
        first: 100,
      });
      expect(
        chains.map((c) => [c.recommendation.id, c.obligation.id, c.instrument.id, c.rootCause?.id]),
      ).toEqual(
        [
          ['rec:ga-res-77-194:12', 'obl:prevent', 'inst:cedaw', 'cause:poverty-economic-injustice'],
          [
            'rec:ga-res-77-194:12',
            'obl:prevent',
            'inst:trafficking-protocol',
            'cause:poverty-economic-injustice',
          ],
          [
            'rec:ga-res-77-194:12',
            'obl:business-accountability',
            'inst:untoc',
            'cause:poverty-economic-injustice',
          ],
        ].sort((x, y) =>
          compareStrings(
            x.slice(2, 3).concat(x.slice(1, 2)).join(' '),
            y.slice(2, 3).concat(y.slice(1, 2)).join(' '),
          ),
        ),
      );
      expect(await codeOf(store.obligationChains({ actor: 'inst:cedaw', first: 5 }))).toBe(
        'INVALID_ARGUMENT',
      );
    });

    it('counts shared obligations between documents', async () => {
      const overlap = await store.overlap({ dimension: 'obligations' });
      expect(overlap.documents).toEqual(['doc:cedaw-gr38', 'doc:ga-res-77-194', 'doc:ohchr-fs36']);
      expect(overlap.cells).toEqual([
        { a: 'doc:cedaw-gr38', b: 'doc:ga-res-77-194', shared: ['obl:prevent'] },
        { a: 'doc:cedaw-gr38', b: 'doc:ohchr-fs36', shared: ['obl:non-punishment'] },
        { a: 'doc:ga-res-77-194', b: 'doc:ohchr-fs36', shared: [] },
      ]);
    });

    it('restricts overlap to the documents asked and rejects non-documents', async () => {
      const overlap = await store.overlap({
        dimension: 'instruments',
        documents: ['doc:ga-res-77-194', 'doc:cedaw-gr38'],
      });
      expect(overlap.cells).toEqual([
        { a: 'doc:cedaw-gr38', b: 'doc:ga-res-77-194', shared: ['inst:cedaw', 'inst:trafficking-protocol'] },
      ]);
      expect(await codeOf(store.overlap({ dimension: 'actors', documents: ['actor:states'] }))).toBe(
        'INVALID_ARGUMENT',
      );
      expect(await codeOf(store.overlap({ dimension: 'colours' as never }))).toBe('INVALID_ARGUMENT');
    });

    it('reports which provisions of each document cover each concept', async () => {
      const coverage = await store.coverage({ dimension: 'rootCauses' });
      expect(coverage.items).toEqual(
        sorted(b.nodes.filter((n) => n.labels[0] === 'RootCause').map((n) => n.id)),
      );
      const cell = coverage.cells.find(
        (c) => c.item === 'cause:migration-regimes' && c.document === 'doc:cedaw-gr38',
      );
      expect(cell?.provisions).toEqual(['prov:cedaw-gr38:10', 'prov:cedaw-gr38:54(b)']);
    });

    it('returns similar recommendations in both directions by score', async () => {
      const similar = await store.similarRecommendations({ id: 'rec:ga-res-77-194:12', first: 10 });
      expect(similar.map((s) => [s.recommendation.id, s.score])).toEqual([
        ['rec:cedaw-gr38:54(a)', 0.42],
        ['rec:cedaw-gr38:54(b)', 0.42],
      ]);
      expect(
        await store.similarRecommendations({ id: 'rec:ga-res-77-194:12', minScore: 0.5, first: 10 }),
      ).toEqual([]);
      expect(await codeOf(store.similarRecommendations({ id: 'actor:states', first: 10 }))).toBe(
        'INVALID_ARGUMENT',
      );
      expect(
        await codeOf(store.similarRecommendations({ id: 'rec:ga-res-77-194:12', minScore: 2, first: 10 })),
      ).toBe('INVALID_ARGUMENT');
    });

    it('counts nodes and relationships per label and type as in the bundle', async () => {
      const stats = await store.stats();
      expect(stats.nodes).toBe(b.nodes.length);
      expect(stats.relationships).toBe(b.relationships.length);
      for (const label of NODE_LABELS) {
        expect(stats.byLabel[label]).toBe(b.nodes.filter((n) => n.labels[0] === label).length);
      }
      for (const type of RELATIONSHIP_TYPES) {
        expect(stats.byType[type]).toBe(b.relationships.filter((r) => r.type === type).length);
      }
    });

    it('exports the whole graph as the bundle it was loaded from', async () => {
      const exported = await store.exportBundle();
      const key = (r: { type: string; start: string; end: string; properties: Record<string, unknown> }) =>
        JSON.stringify([r.type, r.start, r.end, Object.entries(r.properties).sort()]);
      expect(exported.nodes).toEqual([...b.nodes].sort((x, y) => compareStrings(x.id, y.id)));
      expect(sorted(exported.relationships.map(key))).toEqual(sorted(b.relationships.map(key)));
    });

    it('exports the subgraph induced by some ids', async () => {
      const ids = ['obl:non-punishment', 'inst:trafficking-protocol', 'inst:untoc'];
      const exported = await store.exportBundle({ ids });
      expect(exported.nodes.map((n) => n.id)).toEqual(sorted(ids));
      expect(exported.relationships.map((r) => [r.type, r.properties.article ?? null])).toEqual([
        ['SUPPLEMENTS', null],
        ['ARISES_FROM', '2'],
        ['ARISES_FROM', '6(3)'],
      ]);
      expect(await codeOf(store.exportBundle({ ids: ['nope:1'] }))).toBe('NOT_FOUND');
    });
  });
}
