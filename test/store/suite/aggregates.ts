// Contract suite, part: obligation chains, overlap, coverage, similar recommendations, statistics, export.
import { expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../server/src/store/bundle';
import { OVERLAP_MAX_DOCUMENTS } from '../../../server/src/store/contract/document-items';
import { compareStrings } from '../../../server/src/store/contract/ordering';
import { type GraphNode, OVERLAP_DIMENSIONS } from '../../../server/src/store/graph-store';
import { codeOf, type SuiteContext, sorted } from './context';

export function aggregateTests(ctx: SuiteContext): void {
  it('builds obligation chains with the evidence of each step', async () => {
    const { chains, totalCount } = await ctx.store.obligationChains({
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

  it("returns only the selected properties of the chains' nodes, the chains otherwise unchanged", async () => {
    const full = await ctx.store.obligationChains({ instrument: 'inst:trafficking-protocol', first: 100 });
    const named = await ctx.store.obligationChains({
      instrument: 'inst:trafficking-protocol',
      first: 100,
      properties: ['name'],
    });
    const onlyName = (n: GraphNode): GraphNode => ({
      ...n,
      properties: n.properties.name === undefined ? {} : { name: n.properties.name },
    });
    expect(named.totalCount).toBe(full.totalCount);
    expect(named.chains).toEqual(
      full.chains.map((c) => ({
        ...c,
        instrument: onlyName(c.instrument),
        obligation: onlyName(c.obligation),
        recommendation: onlyName(c.recommendation),
        actor: onlyName(c.actor),
        rootCause: c.rootCause === null ? null : onlyName(c.rootCause),
      })),
    );
  });

  it('filters obligation chains on actor and root cause', async () => {
    const { chains } = await ctx.store.obligationChains({
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
    expect(await codeOf(ctx.store.obligationChains({ actor: 'inst:cedaw', first: 5 }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('counts shared obligations between documents', async () => {
    const overlap = await ctx.store.overlap({ dimension: 'obligations' });
    expect(overlap.documents).toEqual(['doc:cedaw-gr38', 'doc:ga-res-77-194', 'doc:ohchr-fs36']);
    expect(overlap.cells).toEqual([
      { a: 'doc:cedaw-gr38', b: 'doc:ga-res-77-194', shared: ['obl:prevent'] },
      { a: 'doc:cedaw-gr38', b: 'doc:ohchr-fs36', shared: ['obl:non-punishment'] },
      { a: 'doc:ga-res-77-194', b: 'doc:ohchr-fs36', shared: [] },
    ]);
  });

  it('counts the measures recommendations of both documents call for, and where each document calls for them', async () => {
    const overlap = await ctx.store.overlap({ dimension: 'measures' });
    expect(overlap.cells).toEqual([
      { a: 'doc:cedaw-gr38', b: 'doc:ga-res-77-194', shared: ['measure:decent-work'] },
      { a: 'doc:cedaw-gr38', b: 'doc:ohchr-fs36', shared: [] },
      { a: 'doc:ga-res-77-194', b: 'doc:ohchr-fs36', shared: [] },
    ]);
    const coverage = await ctx.store.coverage({ dimension: 'measures' });
    expect(coverage.items).toEqual([
      'measure:criminalize-trafficking',
      'measure:decent-work',
      'measure:non-punishment',
      'measure:shelters',
    ]);
    expect(coverage.cells).toEqual([
      {
        item: 'measure:criminalize-trafficking',
        document: 'doc:ga-res-77-194',
        provisions: ['prov:ga-res-77-194:5'],
      },
      { item: 'measure:decent-work', document: 'doc:cedaw-gr38', provisions: ['prov:cedaw-gr38:54(a)'] },
      { item: 'measure:decent-work', document: 'doc:ga-res-77-194', provisions: ['prov:ga-res-77-194:12'] },
      { item: 'measure:non-punishment', document: 'doc:cedaw-gr38', provisions: ['prov:cedaw-gr38:98'] },
    ]);
  });

  it('restricts overlap to the documents asked and rejects non-documents', async () => {
    const overlap = await ctx.store.overlap({
      dimension: 'instruments',
      documents: ['doc:ga-res-77-194', 'doc:cedaw-gr38'],
    });
    expect(overlap.cells).toEqual([
      { a: 'doc:cedaw-gr38', b: 'doc:ga-res-77-194', shared: ['inst:cedaw', 'inst:trafficking-protocol'] },
    ]);
    expect(await codeOf(ctx.store.overlap({ dimension: 'actors', documents: ['actor:states'] }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(ctx.store.overlap({ dimension: 'colours' as never }))).toBe('INVALID_ARGUMENT');
  });

  it('rejects an overlap of more documents than the cap, before looking them up', async () => {
    const many = Array.from({ length: OVERLAP_MAX_DOCUMENTS + 1 }, (_, i) => `doc:none-${i}`);
    expect(await codeOf(ctx.store.overlap({ dimension: 'actors', documents: many }))).toBe(
      'INVALID_ARGUMENT',
    );
    const repeated = Array.from({ length: OVERLAP_MAX_DOCUMENTS + 1 }, () => 'doc:cedaw-gr38');
    expect(await ctx.store.overlap({ dimension: 'actors', documents: repeated })).toEqual({
      documents: ['doc:cedaw-gr38'],
      cells: [],
    });
    expect(await codeOf(ctx.store.overlap({ dimension: 'actors', documents: ['doc:none-0'] }))).toBe(
      'NOT_FOUND',
    );
  });

  it('lists in each overlap cell exactly the items both documents have in coverage', async () => {
    for (const dimension of OVERLAP_DIMENSIONS) {
      const { cells } = await ctx.store.coverage({ dimension });
      const itemsOf = (doc: string) => new Set(cells.filter((c) => c.document === doc).map((c) => c.item));
      const overlap = await ctx.store.overlap({ dimension });
      for (const cell of overlap.cells) {
        const b = itemsOf(cell.b);
        expect(cell.shared).toEqual(sorted([...itemsOf(cell.a)].filter((x) => b.has(x))));
      }
    }
  });

  it('reports which provisions of each document cover each concept', async () => {
    const coverage = await ctx.store.coverage({ dimension: 'rootCauses' });
    expect(coverage.items).toEqual(
      sorted(ctx.bundle.nodes.filter((n) => n.labels[0] === 'RootCause').map((n) => n.id)),
    );
    const cell = coverage.cells.find(
      (c) => c.item === 'cause:migration-regimes' && c.document === 'doc:cedaw-gr38',
    );
    expect(cell?.provisions).toEqual(['prov:cedaw-gr38:10', 'prov:cedaw-gr38:54(b)']);
  });

  it('returns similar recommendations in both directions by score', async () => {
    const similar = await ctx.store.similarRecommendations({ id: 'rec:ga-res-77-194:12', first: 10 });
    expect(similar.map((s) => [s.recommendation.id, s.score])).toEqual([
      ['rec:cedaw-gr38:54(a)', 0.42],
      ['rec:cedaw-gr38:54(b)', 0.42],
    ]);
    expect(
      await ctx.store.similarRecommendations({ id: 'rec:ga-res-77-194:12', minScore: 0.5, first: 10 }),
    ).toEqual([]);
    expect(await codeOf(ctx.store.similarRecommendations({ id: 'actor:states', first: 10 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      await codeOf(ctx.store.similarRecommendations({ id: 'rec:ga-res-77-194:12', minScore: 2, first: 10 })),
    ).toBe('INVALID_ARGUMENT');
  });

  it('counts nodes and relationships per label and type as in the bundle', async () => {
    const stats = await ctx.store.stats();
    expect(stats.nodes).toBe(ctx.bundle.nodes.length);
    expect(stats.relationships).toBe(ctx.bundle.relationships.length);
    for (const label of NODE_LABELS) {
      expect(stats.byLabel[label]).toBe(ctx.bundle.nodes.filter((n) => n.labels[0] === label).length);
    }
    for (const type of RELATIONSHIP_TYPES) {
      expect(stats.byType[type]).toBe(ctx.bundle.relationships.filter((r) => r.type === type).length);
    }
  });

  it('exports the whole graph as the bundle it was loaded from', async () => {
    const exported = await ctx.store.exportBundle();
    const key = (r: { type: string; start: string; end: string; properties: Record<string, unknown> }) =>
      JSON.stringify([r.type, r.start, r.end, Object.entries(r.properties).sort()]);
    expect(exported.nodes).toEqual([...ctx.bundle.nodes].sort((x, y) => compareStrings(x.id, y.id)));
    expect(sorted(exported.relationships.map(key))).toEqual(sorted(ctx.bundle.relationships.map(key)));
  });

  it('exports the subgraph induced by some ids', async () => {
    const ids = ['obl:non-punishment', 'inst:trafficking-protocol', 'inst:untoc'];
    const exported = await ctx.store.exportBundle({ ids });
    expect(exported.nodes.map((n) => n.id)).toEqual(sorted(ids));
    expect(exported.relationships.map((r) => [r.type, r.properties.article ?? null])).toEqual([
      ['SUPPLEMENTS', null],
      ['ARISES_FROM', '2'],
      ['ARISES_FROM', '6(3)'],
    ]);
    expect(await codeOf(ctx.store.exportBundle({ ids: ['nope:1'] }))).toBe('NOT_FOUND');
  });
}
