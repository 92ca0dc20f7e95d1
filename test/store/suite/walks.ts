// Contract suite, part: neighbourhoods and typed paths.
import { expect, it } from 'vitest';
import { codeOf, type SuiteContext, sorted } from './context';

export function walkTests(ctx: SuiteContext): void {
  it('returns the depth-1 neighbourhood of a node as an induced subgraph', async () => {
    const sub = await ctx.store.neighbourhood({ id: 'obl:prevent', depth: 1, limit: 100 });
    const expectedIds = new Set(['obl:prevent']);
    for (const r of ctx.bundle.relationships) {
      if (r.start === 'obl:prevent') expectedIds.add(r.end);
      if (r.end === 'obl:prevent') expectedIds.add(r.start);
    }
    expect(sub.nodes[0]?.id).toBe('obl:prevent');
    expect(sorted(sub.nodes.map((n) => n.id))).toEqual(sorted(expectedIds));
    const kept = new Set(sub.nodes.map((n) => n.id));
    const induced = ctx.bundle.relationships.filter((r) => kept.has(r.start) && kept.has(r.end));
    expect(sub.edges.length).toBe(induced.length);
    expect(sub.truncated).toBe(false);
  });

  it('caps the neighbourhood and counts what it left out', async () => {
    const full = await ctx.store.neighbourhood({ id: 'actor:states', depth: 2, limit: 5000 });
    const capped = await ctx.store.neighbourhood({ id: 'actor:states', depth: 2, limit: 3 });
    expect(capped.nodes.map((n) => n.id)).toEqual(full.nodes.slice(0, 3).map((n) => n.id));
    expect(capped.truncated).toBe(true);
    expect(capped.omittedNodes).toBe(full.nodes.length - 3);
    expect(capped.omittedEdges).toBe(full.edges.length - capped.edges.length);
  });

  it('caps a depth-1 neighbourhood by id order and counts what it left out', async () => {
    const full = await ctx.store.neighbourhood({ id: 'actor:states', depth: 1, limit: 5000 });
    const capped = await ctx.store.neighbourhood({ id: 'actor:states', depth: 1, limit: 3 });
    expect(full.truncated).toBe(false);
    expect(capped.nodes.map((n) => n.id)).toEqual(full.nodes.slice(0, 3).map((n) => n.id));
    expect(capped.truncated).toBe(true);
    expect(capped.omittedNodes).toBe(full.nodes.length - 3);
    const kept = new Set(capped.nodes.map((n) => n.id));
    expect(capped.edges).toEqual(full.edges.filter((e) => kept.has(e.start) && kept.has(e.end)));
    expect(capped.omittedEdges).toBe(full.edges.length - capped.edges.length);
  });

  it('returns only the selected properties of the nodes, the answer otherwise unchanged', async () => {
    for (const depth of [1, 2]) {
      const full = await ctx.store.neighbourhood({ id: 'obl:prevent', depth, limit: 100 });
      const some = await ctx.store.neighbourhood({
        id: 'obl:prevent',
        depth,
        limit: 100,
        properties: ['name', 'ref'],
      });
      const none = await ctx.store.neighbourhood({ id: 'obl:prevent', depth, limit: 100, properties: [] });
      const pick = (p: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(p).filter(([k]) => k === 'name' || k === 'ref'));
      expect(some.nodes).toEqual(full.nodes.map((n) => ({ ...n, properties: pick(n.properties) })));
      expect(none.nodes).toEqual(full.nodes.map((n) => ({ ...n, properties: {} })));
      expect({ ...some, nodes: [] }).toEqual({ ...full, nodes: [] });
    }
    await expect(
      ctx.store.neighbourhood({ id: 'obl:prevent', depth: 1, limit: 100, properties: ['bad key'] }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('follows only the relationship types and direction asked', async () => {
    const sub = await ctx.store.neighbourhood({
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
    expect(await codeOf(ctx.store.neighbourhood({ id: 'actor:states', depth: 4, limit: 10 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(ctx.store.neighbourhood({ id: 'actor:states', depth: 0, limit: 10 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(ctx.store.neighbourhood({ id: 'actor:states', depth: 1, limit: 0 }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOf(ctx.store.neighbourhood({ id: 'actor:nobody', depth: 1, limit: 10 }))).toBe(
      'NOT_FOUND',
    );
  });

  it('returns the k shortest simple paths by length then node ids', async () => {
    const paths = await ctx.store.paths({
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
    const paths = await ctx.store.paths({
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
      await codeOf(ctx.store.paths({ from: 'actor:states', to: 'inst:cedaw', maxLength: 5, first: 1 })),
    ).toBe('INVALID_ARGUMENT');
  });
}
