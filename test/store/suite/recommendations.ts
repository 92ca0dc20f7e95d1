// Recommendations by where / orderBy / groupBy, and search modes, folding and suggestions: the same
// answers on both stores (expectations from the fixture bundle).
import { expect, it } from 'vitest';
import type { RecommendationQuery, RecommendationWhere } from '../../../server/src/store/graph-store';
import { codeOf, type SuiteContext } from './context';

export function recommendationQueryTests(ctx: SuiteContext): void {
  const page = (query: Partial<RecommendationQuery>) => ctx.store.recommendations({ first: 100, ...query });
  const ids = async (where?: RecommendationWhere, query: Partial<RecommendationQuery> = {}) =>
    (await page({ where, ...query })).items.map((n) => n.id);

  it('lists recommendations in reading order by default: document, then paragraph order (5 before 12, 54(a) before 54(b))', async () => {
    expect(await ids()).toEqual([
      'rec:cedaw-gr38:54(a)',
      'rec:cedaw-gr38:54(b)',
      'rec:cedaw-gr38:98',
      'rec:ga-res-77-194:5',
      'rec:ga-res-77-194:12',
    ]);
  });

  it('combines conditions with AND, OR and NOT', async () => {
    expect(
      await ids({
        AND: [
          { document: { id: 'doc:cedaw-gr38' } },
          { OR: [{ rootCause: 'cause:poverty-economic-injustice' }, { obligation: 'obl:non-punishment' }] },
        ],
      }),
    ).toEqual(['rec:cedaw-gr38:54(a)', 'rec:cedaw-gr38:98']);
    expect(await ids({ NOT: { addressee: 'actor:states' } })).toEqual(['rec:ga-res-77-194:12']);
    expect(
      await ids({
        force: 'should',
        document: { kind: 'general-recommendation', yearFrom: 2020, yearTo: 2020 },
      }),
    ).toEqual(['rec:cedaw-gr38:54(a)', 'rec:cedaw-gr38:54(b)']);
    expect(await ids({ document: { yearFrom: 2021 } })).toEqual([
      'rec:ga-res-77-194:5',
      'rec:ga-res-77-194:12',
    ]);
  });

  it('tells a cited instrument (the provision cites it) from a legal basis (an implemented obligation arises from it)', async () => {
    expect(await ids({ instrument: 'inst:trafficking-protocol' })).toEqual([
      'rec:cedaw-gr38:98',
      'rec:ga-res-77-194:5',
    ]);
    expect(await ids({ legalBasis: 'inst:untoc' })).toEqual(['rec:ga-res-77-194:12']);
  });

  it('filters by mentioned actor, section and text, folded for case and accents', async () => {
    expect(await ids({ mentionedActor: 'actor:civil-society' })).toEqual(['rec:ga-res-77-194:12']);
    expect(await ids({ section: 'PROTECTION of victims' })).toEqual(['rec:cedaw-gr38:98']);
    expect(await ids({ text: 'MIGRATIÓN' })).toEqual(['rec:cedaw-gr38:54(b)']);
  });

  it('orders by force (the Force enum order), then reading order, and pages with cursors', async () => {
    expect(await ids(undefined, { orderBy: ['FORCE'] })).toEqual([
      'rec:ga-res-77-194:5',
      'rec:ga-res-77-194:12',
      'rec:cedaw-gr38:54(a)',
      'rec:cedaw-gr38:54(b)',
      'rec:cedaw-gr38:98',
    ]);
    expect(await ids(undefined, { orderBy: ['YEAR'] })).toEqual(await ids());
    const first = await page({ first: 2, orderBy: ['FORCE'] });
    expect(first.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(5);
    const second = await page({ first: 2, orderBy: ['FORCE'], after: first.endCursor });
    expect(second.items.map((n) => n.id)).toEqual(['rec:cedaw-gr38:54(a)', 'rec:cedaw-gr38:54(b)']);
  });

  it('refuses an unknown id in a condition with NOT_FOUND, and an id of another label with INVALID_ARGUMENT', async () => {
    expect(await codeOf(page({ where: { document: { id: 'doc:nope' } } }))).toBe('NOT_FOUND');
    expect(await codeOf(page({ where: { OR: [{ addressee: 'inst:cedaw' }] } }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(page({ where: { OR: [] } }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(page({ where: { document: { yearFrom: 2022, yearTo: 2020 } } }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('counts recommendations per document and root cause, as counting the filtered lists would', async () => {
    const counts = await ctx.store.recommendationCounts({ groupBy: ['DOCUMENT', 'ROOT_CAUSE'], first: 100 });
    expect(counts.rows.map((r) => [r.keys.map((k) => k.id), r.count])).toEqual([
      [['doc:cedaw-gr38', 'cause:gender-discrimination'], 1],
      [['doc:cedaw-gr38', 'cause:migration-regimes'], 1],
      [['doc:cedaw-gr38', 'cause:poverty-economic-injustice'], 1],
      [['doc:ga-res-77-194', 'cause:poverty-economic-injustice'], 1],
    ]);
    for (const row of counts.rows) {
      const [doc, cause] = row.keys.map((k) => k.id);
      const listed = await page({ where: { document: { id: doc }, rootCause: cause } });
      expect(listed.totalCount).toBe(row.count);
    }
    expect(counts.rows[0]?.keys[1]).toEqual({
      dimension: 'ROOT_CAUSE',
      id: 'cause:gender-discrimination',
      name: 'Gender discrimination',
    });
    const byForce = await ctx.store.recommendationCounts({
      groupBy: ['FORCE'],
      where: { addressee: 'actor:states' },
      first: 100,
    });
    expect(byForce.rows.map((r) => [r.keys[0]?.id, r.count])).toEqual([
      ['must', 1],
      ['should', 2],
      ['urges', 1],
    ]);
    expect(await codeOf(ctx.store.recommendationCounts({ groupBy: [], first: 10 }))).toBe('INVALID_ARGUMENT');
  });
}

export function searchModeTests(ctx: SuiteContext): void {
  const search = (text: string, extra: Record<string, unknown> = {}) =>
    ctx.store.search({ text, first: 50, ...extra });

  it('searches all words, any word, or a phrase in one field', async () => {
    const all = await search('safe migration');
    const any = await search('safe migration', { mode: 'any' });
    const phrase = await search('safe migration', { mode: 'phrase' });
    const reversed = await search('migration safe', { mode: 'phrase' });
    expect(any.totalCount).toBeGreaterThanOrEqual(all.totalCount);
    expect(phrase.hits.map((h) => h.node.id)).toContain('prov:cedaw-gr38:54(b)');
    expect(reversed.hits.map((h) => h.node.id)).not.toContain('prov:cedaw-gr38:54(b)');
    for (const h of phrase.hits) expect(all.hits.map((x) => x.node.id)).toContain(h.node.id);
  });

  it('folds ligatures: "traﬃcking" finds what "trafficking" finds', async () => {
    const ligature = await search('traﬃcking');
    const plain = await search('trafficking');
    expect(ligature.totalCount).toBeGreaterThan(0);
    expect(ligature.hits.map((h) => h.node.id)).toEqual(plain.hits.map((h) => h.node.id));
  });

  it('pages hits with a cursor and counts them all', async () => {
    const whole = await search('trafficking');
    const first = await search('trafficking', { first: 3 });
    const next = await search('trafficking', { first: 3, after: first.endCursor });
    expect(first.totalCount).toBe(whole.totalCount);
    expect([...first.hits, ...next.hits].map((h) => h.node.id)).toEqual(
      whole.hits.slice(0, 6).map((h) => h.node.id),
    );
    expect(first.hasNextPage).toBe(true);
  });

  it('suggests the closest known word for a search with no hit ("traffiking" → "trafficking")', async () => {
    const miss = await search('traffiking');
    expect(miss.totalCount).toBe(0);
    expect(miss.suggestions).toEqual(['trafficking']);
    expect((await search('trafficking')).suggestions).toEqual([]);
    expect((await search('zzzzqqqq')).suggestions).toEqual([]);
  });
}
