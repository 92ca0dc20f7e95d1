// Facts checked by hand against the corpus text (graph-seed/corpus/*.txt), asked through the API:
// - every document names the Trafficking Protocol in its own text: GR 38 para 11 ("United Nations
//   Trafficking Protocol"), resolution 77/194 preamble ("the Protocol to Prevent, Suppress and Punish
//   Trafficking in Persons"), A/71/223 ("the Palermo Protocol"), A/79/322 box 1, Fact Sheet 36 passim;
// - 77/194 op. 23 "Encourages the United Nations Office on Drugs and Crime, the World Tourism
//   Organization and the United Nations Educational, Scientific and Cultural Organization to promote …"
//   (WTO has no id of its own: un-system); op. 37 "Invites the business sector to consider …";
// - 77/194 op. 34 "Strongly urges Governments …"; op. 46 "Stresses the need for the systematic
//   collection of data … and encourages Governments to enhance information-sharing …" (force from the
//   first verb, the addressee from the calling clause); op. 1 "Takes note with appreciation …" (not a
//   recommendation);
// - the Trafficking Protocol supplements UNTOC; GR 38 is itself the instrument cedaw-gr38.
import { expect, it } from 'vitest';
import type { Api } from '../harness';

type Links = Array<{ node: { id: string } }>;
const sortedIds = (links: Links): string[] => links.map((l) => l.node.id).sort();

export function corpusFactTests(api: () => Api): void {
  it('finds the Trafficking Protocol by its catalogue alias "Palermo Protocol", first', async () => {
    const d = await api().data<{ search: { edges: Array<{ node: { id: string } }> } }>(
      '{ search(text: "Palermo Protocol", labels: [Instrument]) { edges { node { id } } } }',
    );
    expect(d.search.edges[0]?.node.id).toBe('inst:trafficking-protocol');
  });

  it('suggests "trafficking" for "traffiking", and finds with "traﬃcking" what "trafficking" finds', async () => {
    type S = { search: { totalCount: number; suggestions: string[] } };
    const miss = await api().data<S>('{ search(text: "traffiking") { totalCount suggestions } }');
    expect(miss.search).toEqual({ totalCount: 0, suggestions: ['trafficking'] });
    const lig = await api().data<S>('{ search(text: "traﬃcking") { totalCount suggestions } }');
    const plain = await api().data<S>('{ search(text: "trafficking") { totalCount suggestions } }');
    expect(lig.search.totalCount).toBe(plain.search.totalCount);
    expect(lig.search.totalCount).toBeGreaterThan(10);
  });

  it('counts recommendations per document and root cause as the filtered pages count them', async () => {
    type Row = { keys: Array<{ id: string }>; count: number };
    const d = await api().data<{ recommendationCounts: Row[] }>(
      '{ recommendationCounts(groupBy: [DOCUMENT, ROOT_CAUSE]) { keys { id } count } }',
    );
    expect(d.recommendationCounts.length).toBeGreaterThan(5);
    for (const row of d.recommendationCounts.slice(0, 8)) {
      const [doc, cause] = row.keys.map((k) => k.id);
      let total = 0;
      let after: string | null = null;
      for (;;) {
        const page: {
          recommendations: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        } = await api().data(
          `query($d: ID, $c: ID, $after: String) { recommendations(where: { document: { id: $d }, rootCause: $c }, first: 7, after: $after) {
            edges { cursor } pageInfo { hasNextPage endCursor } } }`,
          { d: doc, c: cause, after },
        );
        total += page.recommendations.edges.length;
        if (!page.recommendations.pageInfo.hasNextPage) break;
        after = page.recommendations.pageInfo.endCursor;
      }
      expect([doc, cause, total]).toEqual([doc, cause, row.count]);
    }
  });

  it('finds the Trafficking Protocol cited in all five documents of the corpus', async () => {
    const d = await api().data<{ node: { citedIn: Array<{ node: { documentId: string } }> } }>(
      '{ node(id: "inst:trafficking-protocol") { ... on Instrument { citedIn { node { documentId } } } } }',
    );
    const documents = [...new Set(d.node.citedIn.map((l) => l.node.documentId))].sort();
    expect(documents).toEqual([
      'doc:cedaw-gr38',
      'doc:ga-res-77-194',
      'doc:ohchr-fs36',
      'doc:sg-a-71-223',
      'doc:sg-a-79-322',
    ]);
  });

  it('names the addressees of operative paragraphs 23 and 37 of resolution 77/194', async () => {
    const d = await api().data<{
      a: { force: string; addressees: Links };
      b: { force: string; addressees: Links };
    }>(`{
      a: node(id: "rec:ga-res-77-194:23") { ... on Recommendation { force addressees { node { id } } } }
      b: node(id: "rec:ga-res-77-194:37") { ... on Recommendation { force addressees { node { id } } } } }`);
    expect(d.a.force).toBe('encourages');
    expect(sortedIds(d.a.addressees)).toEqual(['actor:un-system', 'actor:unesco', 'actor:unodc']);
    expect(d.b.force).toBe('invites');
    expect(sortedIds(d.b.addressees)).toEqual(['actor:business']);
  });

  it('reads the force of "Strongly urges" and "Stresses the need … encourages Governments", and no recommendation in "Takes note"', async () => {
    const d = await api().data<{ s: { force: string }; n: { force: string; addressees: Links }; t: null }>(`{
      s: node(id: "rec:ga-res-77-194:34") { ... on Recommendation { force } }
      n: node(id: "rec:ga-res-77-194:46") { ... on Recommendation { force addressees { node { id } } } }
      t: node(id: "rec:ga-res-77-194:1") { id } }`);
    expect(d.s.force).toBe('strongly_urges');
    expect(d.n.force).toBe('stresses_the_need');
    expect(sortedIds(d.n.addressees)).toEqual(['actor:states']);
    expect(d.t).toBeNull();
  });

  it('knows that the Trafficking Protocol supplements UNTOC and that GR 38 embodies its instrument', async () => {
    const d = await api().data<{ p: { supplements: Links }; g: { embodies: { id: string } } }>(`{
      p: node(id: "inst:trafficking-protocol") { ... on Instrument { supplements { node { id } } } }
      g: node(id: "doc:cedaw-gr38") { ... on Document { embodies { id } } } }`);
    expect(sortedIds(d.p.supplements)).toEqual(['inst:untoc']);
    expect(d.g.embodies).toEqual({ id: 'inst:cedaw-gr38' });
  });
}
