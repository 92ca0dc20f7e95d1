// The expressive fields on the fixture bundle: recommendations by where / orderBy with full pageInfo,
// counts by groupBy agreeing with the pages, search as a connection, a provision by its numbering,
// and the spans of links.
import { expect, it } from 'vitest';
import type { Api } from '../harness';

type Page = {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
};

export function expressiveTests(api: () => Api): void {
  it('filters recommendations with AND / OR over document, root cause and obligation, in reading order', async () => {
    const d = await api().data<{ recommendations: Page }>(`{ recommendations(
      where: { AND: [{ document: { id: "doc:cedaw-gr38" } }, { OR: [{ rootCause: "cause:poverty-economic-injustice" }, { obligation: "obl:prevent" }] }] },
      orderBy: [READING_ORDER]) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    expect(d.recommendations.edges.map((e) => e.node.id)).toEqual([
      'rec:cedaw-gr38:54(a)',
      'rec:cedaw-gr38:54(b)',
    ]);
    expect(d.recommendations.pageInfo.hasPreviousPage).toBe(false);
    expect(d.recommendations.pageInfo.startCursor).not.toBeNull();
  });

  it('takes a nested where as a variable (a recursive input type), and none at all', async () => {
    const q =
      'query($w: RecommendationWhere) { recommendations(where: $w) { totalCount edges { node { id } } } }';
    const nested = await api().data<{ recommendations: Page }>(q, {
      w: {
        AND: [
          { document: { id: 'doc:cedaw-gr38' } },
          { OR: [{ force: 'must' }, { NOT: { force: 'should' } }] },
        ],
      },
    });
    expect(nested.recommendations.edges.map((e) => e.node.id)).toEqual(['rec:cedaw-gr38:98']);
    expect((await api().data<{ recommendations: Page }>(q)).recommendations.totalCount).toBe(5);
  });

  it('lists recommendations in reading order by default (paragraph 5 before 12), the deprecated filter too', async () => {
    const d = await api().data<{ a: Page; b: Page }>(`{
      a: recommendations(where: { document: { id: "doc:ga-res-77-194" } }) { edges { node { id } } }
      b: recommendations(filter: { documents: ["doc:ga-res-77-194"] }) { edges { node { id } } } }`);
    expect(d.a.edges.map((e) => e.node.id)).toEqual(['rec:ga-res-77-194:5', 'rec:ga-res-77-194:12']);
    expect(d.b.edges.map((e) => e.node.id)).toEqual(['rec:ga-res-77-194:5', 'rec:ga-res-77-194:12']);
  });

  it('pages with full pageInfo: hasPreviousPage once a cursor is given', async () => {
    const q = `query($after: String) { recommendations(orderBy: [FORCE, DOCUMENT], first: 2, after: $after) {
      edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const one = (await api().data<{ recommendations: Page }>(q)).recommendations;
    const two = (await api().data<{ recommendations: Page }>(q, { after: one.pageInfo.endCursor }))
      .recommendations;
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(two.pageInfo.startCursor).toBe(two.edges[0]?.cursor);
    expect(two.edges.map((e) => e.node.id)).toEqual(['rec:cedaw-gr38:54(a)', 'rec:cedaw-gr38:54(b)']);
  });

  it('counts recommendations per document per root cause in one request, agreeing with the pages', async () => {
    const d = await api().data<{
      recommendationCounts: Array<{
        keys: Array<{ dimension: string; id: string; name: string }>;
        count: number;
      }>;
    }>('{ recommendationCounts(groupBy: [DOCUMENT, ROOT_CAUSE]) { keys { dimension id name } count } }');
    expect(d.recommendationCounts.length).toBe(4);
    for (const row of d.recommendationCounts) {
      const [doc, cause] = row.keys;
      expect([doc?.dimension, cause?.dimension]).toEqual(['DOCUMENT', 'ROOT_CAUSE']);
      const page = await api().data<{ recommendations: { totalCount: number } }>(
        `query($d: ID, $c: ID) { recommendations(where: { document: { id: $d }, rootCause: $c }) { totalCount } }`,
        { d: doc?.id, c: cause?.id },
      );
      expect(page.recommendations.totalCount).toBe(row.count);
    }
  });

  it('searches as a connection with modes, folding and a did-you-mean suggestion', async () => {
    type S = {
      search: { totalCount: number; edges: Array<{ node: { id: string } }>; suggestions: string[] };
    };
    const phrase = await api().data<S>(
      '{ search(text: "safe migration", mode: PHRASE) { totalCount edges { node { id } } suggestions } }',
    );
    expect(phrase.search.edges.map((e) => e.node.id)).toContain('prov:cedaw-gr38:54(b)');
    const ligature = await api().data<S>(
      '{ search(text: "traﬃcking", first: 1) { totalCount edges { node { id } } suggestions } }',
    );
    expect(ligature.search.totalCount).toBeGreaterThan(0);
    const miss = await api().data<S>(
      '{ search(text: "traffiking") { totalCount edges { node { id } } suggestions } }',
    );
    expect(miss.search).toEqual({ totalCount: 0, edges: [], suggestions: ['trafficking'] });
  });

  it('finds a provision by its document and numbering ("para. 54(b)"), null for an unknown numbering', async () => {
    const d = await api().data<{ a: { id: string; text: string } | null; b: null }>(
      '{ a: provision(document: "doc:cedaw-gr38", ref: "para. 54(b)") { id text } b: provision(document: "doc:cedaw-gr38", ref: "999") { id } }',
    );
    expect(d.a?.id).toBe('prov:cedaw-gr38:54(b)');
    expect(d.b).toBeNull();
  });

  it('gives every link and edge its spans, empty where the bundle records none', async () => {
    const d = await api().data<{
      node: { addressees: Array<{ spans: string[] }> };
      neighbourhood: { edges: Array<{ spans: string[] }> };
    }>(`{ node(id: "rec:cedaw-gr38:98") { ... on Recommendation { addressees { spans } } }
      neighbourhood(id: "rec:cedaw-gr38:98") { edges { spans } } }`);
    expect(d.node.addressees.length).toBeGreaterThan(0);
    for (const l of [...d.node.addressees, ...d.neighbourhood.edges])
      expect(Array.isArray(l.spans)).toBe(true);
  });
}
