import { describe, expect, it } from 'vitest';
import { chainFlow } from '../../web/src/chains/flow';
import { chainRows, sortChainRows } from '../../web/src/chains/rows';
import type { Chain } from '../../web/src/views/chains';
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
  it('flow instrument → article → obligation → document → actor, each band as wide as its distinct recommendations', () => {
    // chain(1) addresses a root cause and chain(3) too: root causes fold, the band counts recommendations once
    const flow = chainFlow([
      chain(1),
      chain(2),
      chain(3),
      { ...chain(3), rootCause: { id: 'cause:x', name: 'X' } },
    ]);
    expect(flow.nodes.map((n) => [n.column, n.name])).toEqual([
      [0, 'Trafficking Protocol'],
      [1, 'art. 9(5)'],
      [2, 'Discourage demand'],
      [3, 'CEDAW/C/GC/38'],
      [4, 'States'],
    ]);
    expect(flow.links.map((l) => l.recommendations.size)).toEqual([3, 3, 3, 3]);
  });

  it('bands split where the chains part: two documents under one obligation', () => {
    const flow = chainFlow([chain(1), chain(2, 'doc:ga', 'A/RES/77/194')]);
    const fromObligation = flow.links.filter((l) => l.source === 'obl:discourage-demand');
    expect(fromObligation.map((l) => [l.target, [...l.recommendations]])).toEqual([
      ['doc:cedaw-gr38', ['rec:x:1']],
      ['doc:ga', ['rec:x:2']],
    ]);
  });

  it('tabulate one row per recommendation under its obligation, with text and labelled sources', () => {
    const rows = chainRows([chain(3), { ...chain(3), rootCause: { id: 'cause:x', name: 'X' } }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      obligation: 'Discourage demand',
      symbol: 'CEDAW/C/GC/38',
      ref: '3',
      force: 'strongly urges',
      legalBasis: ['Trafficking Protocol art. 9(5)'],
      actors: ['States'],
      rootCauses: ['Demand', 'X'],
      sources: [
        { step: 'Legal basis', refs: [] },
        { step: 'Implements', refs: ['CEDAW/C/GC/38 para. 3'] },
        { step: 'Addressed to', refs: ['CEDAW/C/GC/38 para. 3'] },
      ],
    });
  });

  it('sort within each obligation group, the groups by name', () => {
    const rows = chainRows([
      chain(10),
      chain(9),
      { ...chain(2), obligation: { id: 'obl:a', name: 'Access' } },
    ]);
    expect(sortChainRows(rows, 'document', false).map((r) => `${r.obligation} ${r.ref}`)).toEqual([
      'Access 2',
      'Discourage demand 9',
      'Discourage demand 10',
    ]);
    expect(sortChainRows(rows, 'document', true).map((r) => r.ref)).toEqual(['2', '10', '9']);
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
