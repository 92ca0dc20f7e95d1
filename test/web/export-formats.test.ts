// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../web/src/api/types';
import type { ViewGraph } from '../../web/src/graph/compose';
import { toBundle, toCSV, toGraphML } from '../../web/src/export/formats';

const nodes: GraphNode[] = [
  {
    id: 'rec:cedaw-gr38:54(b)',
    label: 'Recommendation',
    name: 'CEDAW/C/GC/38 54(b)',
    properties: { text: 'States "must" <act> & report, now', force: 'must' },
  },
  { id: 'actor:states', label: 'Actor', name: 'States', properties: {} },
  { id: 'inst:cedaw', label: 'Instrument', name: 'CEDAW', properties: {} },
];
const edges: GraphEdge[] = [
  {
    id: 'ADDRESSED_TO:rec:cedaw-gr38:54(b)->actor:states',
    type: 'ADDRESSED_TO',
    source: 'rec:cedaw-gr38:54(b)',
    target: 'actor:states',
    method: 'rule',
    evidence: ['prov:cedaw-gr38:54', 'prov:cedaw-gr38:54(b)'],
    score: null,
    article: null,
    spans: [],
  },
];
const view: ViewGraph = {
  nodes,
  edges,
  more: [{ id: 'more:x', parent: 'actor:states', type: 'MENTIONS', hidden: 3 }],
};

describe('exporting the current view', () => {
  it('GraphML is well-formed XML with every node and edge, and text escaped', () => {
    const doc = new DOMParser().parseFromString(toGraphML(view), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect([...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id'))).toEqual(
      nodes.map((n) => n.id),
    );
    const edge = doc.getElementsByTagName('edge')[0]!;
    expect(edge.getAttribute('source')).toBe('rec:cedaw-gr38:54(b)');
    expect(
      [...edge.getElementsByTagName('data')].find((d) => d.getAttribute('key') === 'evidence')?.textContent,
    ).toBe('prov:cedaw-gr38:54 prov:cedaw-gr38:54(b)');
    const text = [...doc.getElementsByTagName('data')].find((d) => d.getAttribute('key') === 'text');
    expect(text?.textContent).toBe('States "must" <act> & report, now');
  });

  it('the JSON bundle is the shared graph-bundle format, without "+N more" placeholders', () => {
    const bundle = JSON.parse(toBundle(view));
    expect(bundle.format).toBe('graph-bundle');
    expect(bundle.nodes.map((n: { id: string }) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(bundle.nodes[1].properties.name).toBe('States');
    expect(bundle.relationships).toEqual([
      {
        type: 'ADDRESSED_TO',
        start: 'rec:cedaw-gr38:54(b)',
        end: 'actor:states',
        properties: { method: 'rule', evidence: ['prov:cedaw-gr38:54', 'prov:cedaw-gr38:54(b)'] },
      },
    ]);
  });

  it('CSV has one row per edge with both ends named, and a row for each unlinked node', () => {
    const lines = toCSV(view).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'source_id,source_label,source_name,type,target_id,target_label,target_name,method,score,article,evidence',
    );
    expect(lines[1]).toBe(
      'rec:cedaw-gr38:54(b),Recommendation,CEDAW/C/GC/38 54(b),ADDRESSED_TO,actor:states,Actor,States,rule,,,prov:cedaw-gr38:54 prov:cedaw-gr38:54(b)',
    );
    expect(lines[2]).toBe('inst:cedaw,Instrument,CEDAW,,,,,,,,');
    expect(lines).toHaveLength(3);
  });

  it('CSV quotes cells holding commas, quotes or line breaks', () => {
    const tricky: ViewGraph = {
      nodes: [{ id: 'a:1', label: 'Actor', name: 'Say "hi", then\nleave', properties: {} }],
      edges: [],
      more: [],
    };
    expect(toCSV(tricky).split('\r\n')[1]).toBe('a:1,Actor,"Say ""hi"", then\nleave",,,,,,,,');
  });
});
