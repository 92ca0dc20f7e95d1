// Relationship fields in both directions, with their evidence, on the fixture bundle.
import { expect, it } from 'vitest';
import type { Api } from '../harness';
import { nodeIds } from '../fixture';

type Link = {
  node: { id: string };
  method: string;
  evidence: Array<{ id: string }>;
  article?: string | null;
};

export function relationTests(api: () => Api): void {
  it('answers a recommendation with its addressees, obligations, root causes and the evidence of each link', async () => {
    const d = await api().data<{ node: Record<string, Link[] | { id: string }> }>(`{
      node(id: "rec:ga-res-77-194:12") { ... on Recommendation {
        document { id } provision { id } force
        addressees { node { id } method evidence { id } }
        obligations { node { id } method evidence { id } }
        rootCauses { node { id } method evidence { id } } } } }`);
    expect(d.node.document).toEqual({ id: 'doc:ga-res-77-194' });
    expect(d.node.provision).toEqual({ id: 'prov:ga-res-77-194:12' });
    expect(d.node.force).toBe('encourages');
    expect(d.node.addressees).toEqual([
      { node: { id: 'actor:business' }, method: 'rule', evidence: [{ id: 'prov:ga-res-77-194:12' }] },
    ]);
    expect(nodeIds(d.node.obligations as Link[])).toEqual(['obl:business-accountability', 'obl:prevent']);
    expect(nodeIds(d.node.rootCauses as Link[])).toEqual(['cause:poverty-economic-injustice']);
  });

  it('answers the reverse direction: an actor lists the recommendations addressed to it', async () => {
    const d = await api().data<{ node: { recommendations: Link[]; mentionedIn: Link[] } }>(`{
      node(id: "actor:business") { ... on Actor { recommendations { node { id } } mentionedIn { node { id } } } } }`);
    expect(nodeIds(d.node.recommendations)).toEqual(['rec:ga-res-77-194:12']);
    expect(nodeIds(d.node.mentionedIn)).toEqual(['prov:ga-res-77-194:12']);
  });

  it('gives an obligation its legal basis with articles, and the instrument the obligations arising from it', async () => {
    const d = await api().data<{
      o: { legalBasis: Link[] };
      i: { obligations: Link[]; supplements: Link[] };
    }>(`{
      o: node(id: "obl:non-punishment") { ... on Obligation { legalBasis { node { id } article evidence { id } } } }
      i: node(id: "inst:trafficking-protocol") { ... on Instrument {
        obligations { node { id } article } supplements { node { id } } } } }`);
    expect(d.o.legalBasis).toEqual([
      {
        node: { id: 'inst:trafficking-protocol' },
        article: '2',
        evidence: [{ id: 'prov:ohchr-fs36:III.C.4' }],
      },
      {
        node: { id: 'inst:trafficking-protocol' },
        article: '6(3)',
        evidence: [{ id: 'prov:ohchr-fs36:III.C.4' }],
      },
    ]);
    expect(d.i.obligations.map((l) => [l.node.id, l.article])).toEqual([
      ['obl:criminalize', '5'],
      ['obl:non-punishment', '2'],
      ['obl:non-punishment', '6(3)'],
      ['obl:prevent', '9'],
    ]);
    expect(nodeIds(d.i.supplements)).toEqual(['inst:untoc']);
  });

  it('walks a document to its provisions in reading order, sub-items to their chapeau, and what they cite', async () => {
    const d = await api().data<{
      node: { embodies: { id: string }; provisions: Array<{ ref: string; parent: { id: string } | null }> };
      p: { children: Array<{ id: string }>; document: { id: string }; cites: Link[] };
    }>(`{
      node(id: "doc:cedaw-gr38") { ... on Document { embodies { id } provisions { ref parent { id } } } }
      p: node(id: "prov:cedaw-gr38:54(b)") { ... on Provision { document { id } cites { node { id } method } } } }`);
    expect(d.node.embodies).toEqual({ id: 'inst:cedaw-gr38' });
    expect(d.node.provisions.map((p) => p.ref)).toEqual(['10', '54', '54(a)', '54(b)', '98']);
    expect(d.node.provisions.find((p) => p.ref === '54(a)')?.parent).toEqual({ id: 'prov:cedaw-gr38:54' });
    expect(d.p.document).toEqual({ id: 'doc:cedaw-gr38' });
    expect(d.p.cites).toEqual([
      { node: { id: 'inst:cedaw' }, method: 'context' },
      { node: { id: 'inst:gcm' }, method: 'catalogue' },
    ]);
  });

  it('gives a recommendation the measures it calls for with their words, and a measure its recommendations', async () => {
    const d = await api().data<{
      r: { measures: Array<Link & { spans: string[] }> };
      m: { name: string; group: string; broad: boolean; recommendations: Link[] };
      all: Array<{ id: string }>;
    }>(`{
      r: node(id: "rec:cedaw-gr38:98") { ... on Recommendation { measures { node { id } method evidence { id } spans } } }
      m: node(id: "measure:decent-work") { ... on Measure { name group broad recommendations { node { id } } } }
      all: measures { id } }`);
    expect(d.r.measures).toEqual([
      {
        node: { id: 'measure:non-punishment' },
        method: 'pattern',
        evidence: [{ id: 'prov:cedaw-gr38:98' }],
        spans: ['prov:cedaw-gr38:98@59-95'],
      },
    ]);
    expect(d.m.name).toBe('Decent work and labour protection');
    expect(d.m.group).toBe('migration-labour');
    expect(d.m.broad).toBe(true);
    expect(nodeIds(d.m.recommendations)).toEqual(['rec:cedaw-gr38:54(a)', 'rec:ga-res-77-194:12']);
    expect(d.all.map((m) => m.id)).toEqual([
      'measure:criminalize-trafficking',
      'measure:decent-work',
      'measure:non-punishment',
      'measure:shelters',
    ]);
  });

  it('says which measures two similar recommendations share, where the matched asks are, and which contains the other', async () => {
    const d = await api().data<{
      a: {
        similar: Array<{
          node: { id: string };
          measures: Array<{ id: string }>;
          spans: string[];
          phrases: string[];
          direction: string;
        }>;
      };
      b: { similar: Array<{ node: { id: string }; direction: string }> };
    }>(`{
      a: node(id: "rec:ga-res-77-194:12") { ... on Recommendation { similar { node { id } measures { id } spans phrases direction } } }
      b: node(id: "rec:cedaw-gr38:54(b)") { ... on Recommendation { similar { node { id } direction } } } }`);
    const withA = d.a.similar.find((s) => s.node.id === 'rec:cedaw-gr38:54(a)');
    expect(withA?.measures).toEqual([{ id: 'measure:decent-work' }]);
    expect(withA?.spans).toEqual(['prov:cedaw-gr38:54(a)@0-104', 'prov:ga-res-77-194:12@0-139']);
    expect(withA?.phrases).toEqual(['forced labour']);
    expect(withA?.direction).toBe('SAME');
    // stored as start-in-end from 54(b): seen from 54(b) it is contained in the other, seen from ga 12 it contains it
    expect(d.b.similar).toEqual([{ node: { id: 'rec:ga-res-77-194:12' }, direction: 'CONTAINED_IN' }]);
    expect(d.a.similar.find((s) => s.node.id === 'rec:cedaw-gr38:54(b)')?.direction).toBe('CONTAINS');
  });

  it('lists a document’s recommendations in reading order and similar recommendations best first', async () => {
    const d = await api().data<{
      node: { recommendations: Array<{ id: string }> };
      s: Array<{ node: { id: string }; score: number }>;
    }>(`{
      node(id: "doc:cedaw-gr38") { ... on Document { recommendations { id } } }
      s: similarRecommendations(id: "rec:ga-res-77-194:12") { node { id } score } }`);
    expect(d.node.recommendations.map((r) => r.id)).toEqual([
      'rec:cedaw-gr38:54(a)',
      'rec:cedaw-gr38:54(b)',
      'rec:cedaw-gr38:98',
    ]);
    expect(d.s).toEqual([
      { node: { id: 'rec:cedaw-gr38:54(a)' }, score: 0.42 },
      { node: { id: 'rec:cedaw-gr38:54(b)' }, score: 0.42 },
    ]);
  });
}
