// Root queries on the fixture bundle: lists, search, the recommendation connection, subgraphs, paths,
// chains, matrices and stats.
import { expect, it } from 'vitest';
import type { GraphBundle } from '../../../server/src/store/graph-store';
import { ids, nodeIds } from '../fixture';
import type { Api } from '../harness';

type Conn = {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

export function queryTests(api: () => Api, bundle: GraphBundle): void {
  it('resolves node and nodes by id, null where an id names nothing, in the order asked', async () => {
    const d = await api().data<{ node: null; nodes: Array<{ id: string; __typename: string } | null> }>(
      '{ node(id: "actor:nobody") { id } nodes(ids: ["inst:untoc", "actor:nobody", "doc:ohchr-fs36"]) { id __typename } }',
    );
    expect(d.node).toBeNull();
    expect(d.nodes).toEqual([
      { id: 'inst:untoc', __typename: 'Instrument' },
      null,
      { id: 'doc:ohchr-fs36', __typename: 'Document' },
    ]);
  });

  it('lists the catalogues by id, and actors by kind', async () => {
    const d = await api().data<Record<string, Array<{ id: string }>>>(
      '{ documents { id } obligations { id } rootCauses { id } instruments { id } actors(kind: business) { id } }',
    );
    const of = (label: string) =>
      bundle.nodes
        .filter((n) => n.labels[0] === label)
        .map((n) => n.id)
        .sort();
    expect(ids(d.documents ?? [])).toEqual(of('Document'));
    expect(ids(d.obligations ?? [])).toEqual(of('Obligation'));
    expect(ids(d.rootCauses ?? [])).toEqual(of('RootCause'));
    expect(ids(d.instruments ?? [])).toEqual(of('Instrument'));
    expect(ids(d.actors ?? [])).toEqual(['actor:business']);
  });

  it('searches with scores in descending order and a snippet that marks the matched words', async () => {
    const d = await api().data<{
      search: {
        totalCount: number;
        edges: Array<{ node: { id: string }; score: number; snippet: string; text: string }>;
        suggestions: string[];
      };
    }>(
      '{ search(text: "discrimination", labels: [RootCause, Instrument]) { totalCount edges { node { id } score snippet text } suggestions } }',
    );
    const hits = d.search.edges;
    expect(nodeIds(hits)).toEqual(['cause:gender-discrimination', 'inst:cedaw']);
    expect(d.search.totalCount).toBe(2);
    expect(d.search.suggestions).toEqual([]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 1);
    expect(hits[0]?.snippet).toBe('Gender <mark>discrimination</mark>');
    expect(hits[0]?.text).toBe('Gender discrimination');
  });

  it('pages through filtered recommendations with cursors and a total count', async () => {
    const q = `query($after: String) { recommendations(filter: { actors: ["actor:states"] }, first: 2, after: $after) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { recommendations: page }: { recommendations: Conn } = await api().data(q, { after });
      expect(page.totalCount).toBe(4);
      seen.push(...nodeIds(page.edges));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'rec:cedaw-gr38:54(a)',
      'rec:cedaw-gr38:54(b)',
      'rec:cedaw-gr38:98',
      'rec:ga-res-77-194:5',
    ]);
  });

  it('combines recommendation filters with AND: document, force, root cause, instrument and text', async () => {
    const d = await api().data<Record<string, Conn>>(`{
      a: recommendations(filter: { documents: ["doc:cedaw-gr38"], force: [must] }) { totalCount edges { node { id } } }
      b: recommendations(filter: { rootCauses: ["cause:poverty-economic-injustice"] }) { totalCount edges { node { id } } }
      c: recommendations(filter: { instruments: ["inst:trafficking-protocol"] }) { totalCount edges { node { id } } }
      d: recommendations(filter: { text: "decent work", obligations: ["obl:prevent"] }) { totalCount edges { node { id } } }
      e: recommendations(filter: { instruments: ["inst:untoc"] }) { totalCount edges { node { id } } } }`);
    expect(nodeIds(d.a?.edges ?? [])).toEqual(['rec:cedaw-gr38:98']);
    expect(nodeIds(d.b?.edges ?? [])).toEqual(['rec:cedaw-gr38:54(a)', 'rec:ga-res-77-194:12']);
    expect(nodeIds(d.c?.edges ?? [])).toEqual(['rec:cedaw-gr38:98', 'rec:ga-res-77-194:5']);
    expect(nodeIds(d.d?.edges ?? [])).toEqual(['rec:cedaw-gr38:54(a)']);
    expect(d.e?.totalCount).toBe(0);
  });

  it('returns a neighbourhood ready for Cytoscape, truncated by the cap with the omitted count', async () => {
    const d = await api().data<{
      full: {
        nodes: Array<{ id: string }>;
        edges: Array<{ source: string; target: string }>;
        truncated: boolean;
      };
      cut: { nodes: unknown[]; truncated: boolean; omittedNodes: number };
    }>(`{
      full: neighbourhood(id: "rec:ga-res-77-194:12", types: [ADDRESSED_TO, IMPLEMENTS]) { nodes { id label name } edges { id type source target } truncated }
      cut: neighbourhood(id: "actor:states", depth: 2, limit: 3) { nodes { id } truncated omittedNodes } }`);
    expect(ids(d.full.nodes)).toEqual([
      'rec:ga-res-77-194:12',
      'actor:business',
      'obl:business-accountability',
      'obl:prevent',
    ]);
    expect(d.full.truncated).toBe(false);
    const present = new Set(ids(d.full.nodes));
    for (const e of d.full.edges) expect(present.has(e.source) && present.has(e.target)).toBe(true);
    expect(d.cut.nodes).toHaveLength(3);
    expect(d.cut.truncated).toBe(true);
    expect(d.cut.omittedNodes).toBeGreaterThan(0);
  });

  it('finds the shortest paths between two nodes, shortest first', async () => {
    const d = await api().data<{
      paths: Array<{ length: number; nodes: Array<{ id: string }>; edges: Array<{ type: string }> }>;
    }>(
      '{ paths(from: "actor:business", to: "inst:untoc", maxLength: 3) { length nodes { id } edges { type } } }',
    );
    expect(d.paths[0]).toEqual({
      length: 3,
      nodes: [
        { id: 'actor:business' },
        { id: 'rec:ga-res-77-194:12' },
        { id: 'obl:business-accountability' },
        { id: 'inst:untoc' },
      ],
      edges: [{ type: 'ADDRESSED_TO' }, { type: 'IMPLEMENTS' }, { type: 'ARISES_FROM' }],
    });
  });

  it('traces obligation chains from an instrument to the actors, each step with its evidence', async () => {
    const d = await api().data<{
      obligationChains: Array<{
        article: string;
        obligation: { id: string };
        recommendation: { id: string };
        actor: { id: string };
        steps: Array<{ type: string; evidence: Array<{ id: string }> }>;
      }>;
    }>(`{
      obligationChains(instrument: "inst:untoc") { article obligation { id } recommendation { id } actor { id } rootCause { id }
        steps { type from to method evidence { id } } } }`);
    expect(d.obligationChains).toHaveLength(1);
    const chain = d.obligationChains[0];
    expect(chain?.article).toBe('10');
    expect([chain?.obligation.id, chain?.recommendation.id, chain?.actor.id]).toEqual([
      'obl:business-accountability',
      'rec:ga-res-77-194:12',
      'actor:business',
    ]);
    expect(chain?.steps.map((s) => s.type)).toEqual([
      'ARISES_FROM',
      'IMPLEMENTS',
      'ADDRESSED_TO',
      'ADDRESSES',
    ]);
    expect(chain?.steps[1]?.evidence).toEqual([{ id: 'prov:ga-res-77-194:12' }]);
  });

  it('computes the document overlap matrix and the coverage matrix with the items behind each cell', async () => {
    const d = await api().data<{
      overlap: {
        dimension: string;
        cells: Array<{ a: { id: string }; b: { id: string }; count: number; items: Array<{ id: string }> }>;
      };
      coverage: {
        documents: Array<{ id: string }>;
        rows: Array<{ concept: { id: string }; counts: number[]; total: number }>;
      };
    }>(`{
      overlap(documents: ["doc:cedaw-gr38", "doc:ga-res-77-194"], dimension: INSTRUMENT) { dimension cells { a { id } b { id } count items { id } } }
      coverage(dimension: ROOT_CAUSE) { documents { id } rows { concept { id } counts total } } }`);
    expect(d.overlap.dimension).toBe('INSTRUMENT');
    expect(d.overlap.cells).toEqual([
      {
        a: { id: 'doc:cedaw-gr38' },
        b: { id: 'doc:ga-res-77-194' },
        count: 2,
        items: [{ id: 'inst:cedaw' }, { id: 'inst:trafficking-protocol' }],
      },
    ]);
    expect(ids(d.coverage.documents)).toEqual(['doc:cedaw-gr38', 'doc:ga-res-77-194', 'doc:ohchr-fs36']);
    const migration = d.coverage.rows.find((r) => r.concept.id === 'cause:migration-regimes');
    expect(migration).toEqual({ concept: { id: 'cause:migration-regimes' }, counts: [2, 0, 0], total: 2 });
  });

  it('counts nodes and relationships by label and type', async () => {
    const d = await api().data<{
      stats: { nodes: number; relationships: number; byLabel: Array<{ label: string; count: number }> };
    }>('{ stats { nodes relationships byLabel { label count } } }');
    expect(d.stats.nodes).toBe(bundle.nodes.length);
    expect(d.stats.relationships).toBe(bundle.relationships.length);
    expect(d.stats.byLabel.find((b) => b.label === 'Recommendation')?.count).toBe(5);
  });
}
