// Contract suite, part: nodes by id, listing with filters and pages, relationships of nodes, search.
import { expect, it } from 'vitest';
import { edgeIds } from '../../../server/src/store/contract/edge-id';
import { codeOf, type SuiteContext, sorted } from './context';

export function lookupTests(ctx: SuiteContext): void {
  it('reports itself up with the bundle node count', async () => {
    expect(await ctx.store.health()).toMatchObject({ status: 'up', nodes: ctx.bundle.nodes.length });
  });

  it('returns a node by id with its label and properties', async () => {
    const source = ctx.bundle.nodes.find((n) => n.id === 'prov:cedaw-gr38:54(b)');
    const node = await ctx.store.node('prov:cedaw-gr38:54(b)');
    expect(node).toEqual({ id: source?.id, label: 'Provision', properties: source?.properties });
  });

  it('rejects an unknown id with NOT_FOUND', async () => {
    expect(await codeOf(ctx.store.node('rec:nowhere:1'))).toBe('NOT_FOUND');
  });

  it('returns nodes in the order asked, null for unknown ids', async () => {
    const got = await ctx.store.nodes(['actor:states', 'nope:1', 'inst:cedaw']);
    expect(got.map((n) => n?.id ?? null)).toEqual(['actor:states', null, 'inst:cedaw']);
  });

  it('lists every node of a label in id order across pages', async () => {
    const expected = sorted(ctx.bundle.nodes.filter((n) => n.labels[0] === 'Provision').map((n) => n.id));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await ctx.store.listNodes({ label: 'Provision', first: 4, after });
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.items.map((n) => n.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('filters recommendations by document, addressee and text together', async () => {
    const page = await ctx.store.listNodes({
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
    const page = await ctx.store.listNodes({
      label: 'Actor',
      first: 10,
      filter: { properties: { aliases: ['employers'] } },
    });
    expect(page.items.map((n) => n.id)).toEqual(['actor:business']);
  });

  it('rejects an unknown label, a bad cursor and a page size out of range', async () => {
    expect(await codeOf(ctx.store.listNodes({ label: 'Person' as never, first: 5 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(ctx.store.listNodes({ label: 'Actor', first: 5, after: '%%%' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(ctx.store.listNodes({ label: 'Actor', first: 0 }))).toBe('INVALID_ARGUMENT');
    expect(await codeOf(ctx.store.listNodes({ label: 'Actor', first: 1001 }))).toBe('INVALID_ARGUMENT');
  });

  it('returns the relationships of several nodes by type and direction, in edge id order', async () => {
    const [ofRec, ofNothing, ofActor] = await ctx.store.relationships({
      ids: ['rec:ga-res-77-194:12', 'nope:1', 'actor:states'],
      direction: 'out',
      types: ['IMPLEMENTS', 'ADDRESSED_TO'],
    });
    const ids = edgeIds(ctx.bundle.relationships);
    const expected = ctx.bundle.relationships
      .map((r, i) => ({ ...r, id: ids[i] }))
      .filter((r) => r.start === 'rec:ga-res-77-194:12' && ['IMPLEMENTS', 'ADDRESSED_TO'].includes(r.type));
    expect(ofRec?.map((e) => e.id)).toEqual(sorted(expected.map((r) => r.id as string)));
    expect(ofRec?.[0]?.properties.evidence).toEqual(['prov:ga-res-77-194:12']);
    expect(ofNothing).toEqual([]);
    expect(ofActor).toEqual([]);
  });

  it('returns the words a relationship rests on (spans) exactly as the bundle gave them', async () => {
    const withSpans = ctx.bundle.relationships.filter((r) => Array.isArray(r.properties.spans));
    expect(withSpans.length).toBeGreaterThanOrEqual(2);
    for (const r of withSpans) {
      const [edges] = await ctx.store.relationships({ ids: [r.start], direction: 'out', types: [r.type] });
      const edge = edges?.find((e) => e.end === r.end);
      expect(edge?.properties.spans, `${r.type} ${r.start} ${r.end}`).toEqual(r.properties.spans);
    }
    const exported = await ctx.store.exportBundle({
      ids: [withSpans[0]?.start ?? '', withSpans[0]?.end ?? ''],
    });
    const same = exported.relationships.find(
      (e) => e.type === withSpans[0]?.type && e.end === withSpans[0]?.end,
    );
    expect(same?.properties.spans).toEqual(withSpans[0]?.properties.spans);
  });

  it('keeps parallel relationships apart, each with its own id and properties', async () => {
    const [edges] = await ctx.store.relationships({
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
        ctx.store.relationships({ ids: ['actor:states'], direction: 'in', types: ['LIKES' as never] }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  it('finds nodes by every word of the text, by prefix, best score first, with highlights', async () => {
    const { hits } = await ctx.store.search({ text: 'traffick women', first: 50 });
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
    const { hits } = await ctx.store.search({ text: 'CEDAW', first: 10 });
    expect(hits[0]?.node.id).toMatch(/^(inst:cedaw|doc:cedaw-gr38|inst:cedaw-gr38|actor:cedaw-committee)$/);
  });

  it('restricts search to labels and ignores case and accents', async () => {
    const { hits } = await ctx.store.search({ text: 'MIGRATIÓN', labels: ['Provision'], first: 10 });
    expect(hits.map((h) => h.node.label)).toEqual(hits.map(() => 'Provision'));
    expect(hits.map((h) => h.node.id)).toContain('prov:cedaw-gr38:54(b)');
  });

  it('rejects a search with no words', async () => {
    expect(await codeOf(ctx.store.search({ text: ' ,; ', first: 5 }))).toBe('INVALID_ARGUMENT');
  });
}
