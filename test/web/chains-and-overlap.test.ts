import { describe, expect, it } from 'vitest';
import { type Chain, GROUP_ABOVE, chainRows, chainsToGraph } from '../../web/src/views/chains';
import { cellOf, heat, overlapSelection, similarPairs, toggleDocument } from '../../web/src/views/overlap';

const chain = (n: number, doc = 'doc:cedaw-gr38', symbol = 'CEDAW/C/GC/38'): Chain => ({
  article: '9(5)',
  instrument: { id: 'inst:trafficking-protocol', name: 'Protocol …', shortName: 'Trafficking Protocol' },
  obligation: { id: 'obl:discourage-demand', name: 'Discourage demand' },
  recommendation: {
    id: `rec:x:${n}`,
    name: `r${n}`,
    ref: String(n),
    force: 'strongly_urges',
    text: '…',
    document: { id: doc, name: symbol, symbol },
  },
  actor: { id: 'actor:states', name: 'States' },
  rootCause: n % 2 ? { id: 'cause:demand', name: 'Demand' } : null,
  steps: [
    {
      type: 'ARISES_FROM',
      from: 'obl:discourage-demand',
      to: 'inst:trafficking-protocol',
      method: 'catalogue',
      evidence: [],
    },
    {
      type: 'IMPLEMENTS',
      from: `rec:x:${n}`,
      to: 'obl:discourage-demand',
      method: 'rule',
      evidence: [{ id: `prov:x:${n}`, ref: String(n), document: { symbol } }],
    },
    {
      type: 'ADDRESSED_TO',
      from: `rec:x:${n}`,
      to: 'actor:states',
      method: 'rule',
      evidence: [{ id: `prov:x:${n}`, ref: String(n), document: { symbol } }],
    },
  ],
});

describe('obligation chains', () => {
  it('draw shared ends once, so converging chains converge', () => {
    const graph = chainsToGraph([chain(1), chain(2)]);
    expect(graph.nodes.filter((n) => n.label === 'Instrument')).toHaveLength(1);
    expect(graph.nodes.filter((n) => n.label === 'Recommendation')).toHaveLength(2);
    expect(graph.edges.filter((e) => e.type === 'ARISES_FROM')).toEqual([
      expect.objectContaining({ article: '9(5)' }),
    ]);
  });

  it(`group recommendations per document and obligation past ${GROUP_ABOVE}, keeping all their evidence`, () => {
    const many = Array.from({ length: GROUP_ABOVE + 1 }, (_, i) => chain(i));
    const graph = chainsToGraph(many);
    const recs = graph.nodes.filter((n) => n.label === 'Recommendation');
    expect(recs.map((r) => r.name)).toEqual([`CEDAW/C/GC/38 ×${GROUP_ABOVE + 1}`]);
    const implementsEdge = graph.edges.find((e) => e.type === 'IMPLEMENTS');
    expect(implementsEdge?.evidence).toHaveLength(GROUP_ABOVE + 1);
  });

  it('tabulate instrument · article · obligation · recommendation · actor · source ref', () => {
    expect(chainRows([chain(3)])[0]).toMatchObject({
      instrument: 'Trafficking Protocol',
      article: '9(5)',
      obligation: 'Discourage demand',
      recommendation: 'CEDAW/C/GC/38 para. 3',
      force: 'strongly urges',
      actor: 'States',
      rootCause: 'Demand',
      source: 'CEDAW/C/GC/38 3 | CEDAW/C/GC/38 3',
    });
  });
});

describe('document overlap', () => {
  it('pairs recommendations of one document with similar ones of the other, best first', () => {
    const rec = (id: string, documentId: string) => ({
      id,
      ref: id.split(':').at(-1) ?? '',
      text: id,
      force: 'should' as const,
      documentId,
      addressees: [],
      provision: { id: `prov:${id.slice('rec:'.length)}`, parent: null },
    });
    const link = (score: number, node: ReturnType<typeof rec>) => ({
      score,
      method: 'similarity',
      measures: [],
      spans: [],
      phrases: [],
      direction: 'PARTIAL' as const,
      node,
    });
    const pairs = similarPairs(
      [
        { ...rec('rec:a:1', 'doc:a'), similar: [link(0.4, rec('rec:b:9', 'doc:b'))] },
        {
          ...rec('rec:a:2', 'doc:a'),
          similar: [link(0.9, rec('rec:b:3', 'doc:b')), link(0.95, rec('rec:c:1', 'doc:c'))],
        },
      ],
      'doc:b',
    );
    expect(pairs.map((p) => [p.a.id, p.b.id, p.score])).toEqual([
      ['rec:a:2', 'rec:b:3', 0.9],
      ['rec:a:1', 'rec:b:9', 0.4],
    ]);
  });

  it('reads a cell in either order, the overlap being symmetric', () => {
    const cells = [{ a: { id: 'doc:a' }, b: { id: 'doc:b' }, count: 4, items: [] }];
    expect(cellOf(cells, 'doc:b', 'doc:a')?.count).toBe(4);
    expect(cellOf(cells, 'doc:a', 'doc:c')).toBeUndefined();
  });

  it('shades more shared items darker', () => {
    const lightness = (c: string) => Number(c.match(/(\d+)%\)$/)?.[1]);
    expect(lightness(heat(9, 10))).toBeLessThan(lightness(heat(1, 10)));
  });

  const docs = Array.from({ length: 60 }, (_, i) => `doc:d${String(i).padStart(2, '0')}`);

  it('compares the first documents by default, never more than the default count', () => {
    expect(overlapSelection(docs, null, 50, 12)).toEqual(docs.slice(0, 12));
    expect(overlapSelection(docs.slice(0, 5), null, 50, 12)).toEqual(docs.slice(0, 5));
  });

  it('keeps a chosen selection, drops unknown and repeated ids, and cuts it at the cap', () => {
    expect(overlapSelection(docs, ['doc:d03', 'doc:zz', 'doc:d01', 'doc:d03'], 50, 12)).toEqual([
      'doc:d03',
      'doc:d01',
    ]);
    expect(overlapSelection(docs, docs, 50, 12)).toHaveLength(50);
  });

  it('adds a document in the documents order and removes it again', () => {
    const added = toggleDocument(docs, ['doc:d05'], 'doc:d02');
    expect(added).toEqual(['doc:d02', 'doc:d05']);
    expect(toggleDocument(docs, added, 'doc:d05')).toEqual(['doc:d02']);
  });
});
