import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, Subgraph } from '../../web/src/api/types';
import { composeView } from '../../web/src/graph/compose';
import { diffElements } from '../../web/src/graph/diff';
import { toElements } from '../../web/src/graph/elements';
import { NO_FILTERS } from '../../web/src/graph/filters';
import { historyOf, withHistory } from '../../web/src/graph/history';
import { applyPatch } from '../../web/src/graph/patch';
import {
  EMPTY_WORKSPACE,
  WHOLE_KEY,
  type Workspace,
  fetchKey,
  reduceWorkspace,
} from '../../web/src/graph/workspace';

const node = (
  id: string,
  label: GraphNode['label'],
  properties: Record<string, unknown> = {},
): GraphNode => ({
  id,
  label,
  name: id,
  properties,
});
const edge = (type: GraphEdge['type'], source: string, target: string): GraphEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  method: 'rule',
  evidence: [],
  score: null,
  article: null,
  spans: [],
});

// An actor hub addressed by 20 recommendations and bound by 2 obligations.
const recs = Array.from({ length: 20 }, (_, i) =>
  node(`rec:d:${String(i).padStart(2, '0')}`, 'Recommendation', {
    documentId: i < 10 ? 'doc:a' : 'doc:b',
    force: i % 2 ? 'urges' : 'strongly-urges',
  }),
);
const hub: Subgraph = {
  nodes: [node('actor:states', 'Actor'), ...recs, node('obl:x', 'Obligation'), node('obl:y', 'Obligation')],
  edges: [
    ...recs.map((r) => edge('ADDRESSED_TO', r.id, 'actor:states')),
    edge('BINDS', 'obl:x', 'actor:states'),
    edge('BINDS', 'obl:y', 'actor:states'),
  ],
  truncated: false,
  omitted: 0,
};

const opened = reduceWorkspace(EMPTY_WORKSPACE, { kind: 'reset', id: 'actor:states' });
const fetched = (ws: Workspace) => new Map(ws.expansions.map((e) => [fetchKey(e), hub]));

describe('composing the canvas from the workspace', () => {
  it('caps each relationship type and stands the rest in for a "+N more" node', () => {
    const view = composeView(opened, fetched(opened), NO_FILTERS);
    expect(view.nodes.filter((n) => n.label === 'Recommendation')).toHaveLength(8);
    expect(view.nodes.filter((n) => n.label === 'Obligation')).toHaveLength(2);
    expect(view.more).toEqual([
      { id: 'more:actor:states:ADDRESSED_TO', parent: 'actor:states', type: 'ADDRESSED_TO', hidden: 12 },
    ]);
  });

  it('shows more neighbours of that type when "+N more" is asked for', () => {
    const more = reduceWorkspace(opened, { kind: 'more', id: 'actor:states', type: 'ADDRESSED_TO' });
    const view = composeView(more, fetched(more), NO_FILTERS);
    expect(view.nodes.filter((n) => n.label === 'Recommendation')).toHaveLength(20);
    expect(view.more).toEqual([]);
  });

  it('collapsing keeps the node and drops the neighbours only it brought', () => {
    const collapsed = reduceWorkspace(opened, { kind: 'collapse', id: 'actor:states' });
    const view = composeView(collapsed, fetched(collapsed), NO_FILTERS);
    expect(view.nodes.map((n) => n.id)).toEqual(['actor:states']);
    expect(view.edges).toEqual([]);
  });

  it('a removed node disappears with its edges and the freed slot goes to the next neighbour', () => {
    const removed = reduceWorkspace(opened, { kind: 'remove', id: 'rec:d:00' });
    const view = composeView(removed, fetched(removed), NO_FILTERS);
    expect(view.nodes.some((n) => n.id === 'rec:d:00')).toBe(false);
    expect(view.nodes.some((n) => n.id === 'rec:d:08')).toBe(true);
    expect(view.edges.some((e) => e.source === 'rec:d:00')).toBe(false);
  });

  it('filters by label, document and recommendation force', () => {
    const byLabel = composeView(opened, fetched(opened), { ...NO_FILTERS, hiddenLabels: ['Obligation'] });
    expect(byLabel.nodes.some((n) => n.label === 'Obligation')).toBe(false);
    const more = reduceWorkspace(opened, { kind: 'more', id: 'actor:states', type: 'ADDRESSED_TO' });
    const byDoc = composeView(more, fetched(more), { ...NO_FILTERS, documents: ['doc:b'] });
    expect(
      byDoc.nodes
        .filter((n) => n.label === 'Recommendation')
        .every((n) => n.properties.documentId === 'doc:b'),
    ).toBe(true);
    const byForce = composeView(more, fetched(more), { ...NO_FILTERS, forces: ['strongly_urges'] });
    expect(byForce.nodes.filter((n) => n.label === 'Recommendation')).toHaveLength(10);
  });

  it('expanding an expanded node again shows more of its neighbours', () => {
    const again = reduceWorkspace(opened, { kind: 'expand', id: 'actor:states', type: null });
    const view = composeView(again, fetched(again), NO_FILTERS);
    expect(view.nodes.filter((n) => n.label === 'Recommendation')).toHaveLength(20);
  });

  it('expanding by one type adds only neighbours over that relationship', () => {
    const collapsed = reduceWorkspace(opened, { kind: 'collapse', id: 'actor:states' });
    const byType = reduceWorkspace(collapsed, { kind: 'expand', id: 'actor:states', type: 'BINDS' });
    const view = composeView(byType, fetched(byType), NO_FILTERS);
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['actor:states', 'obl:x', 'obl:y']);
  });

  it('pinning and unpinning are recorded once', () => {
    const pinned = reduceWorkspace(reduceWorkspace(opened, { kind: 'pin', id: 'obl:x' }), {
      kind: 'pin',
      id: 'obl:x',
    });
    expect(pinned.pinned).toEqual(['obl:x']);
    expect(reduceWorkspace(pinned, { kind: 'unpin', id: 'obl:x' }).pinned).toEqual([]);
  });
});

describe('the whole graph', () => {
  it('draws every node of the whole graph, uncapped, and still honours removals and filters', () => {
    const whole = reduceWorkspace(reduceWorkspace(EMPTY_WORKSPACE, { kind: 'whole', on: true }), {
      kind: 'remove',
      id: 'obl:x',
    });
    const view = composeView(whole, new Map([[WHOLE_KEY, hub]]), { ...NO_FILTERS, hiddenLabels: ['Actor'] });
    expect(view.nodes).toHaveLength(hub.nodes.length - 2);
    expect(view.more).toEqual([]);
    expect(view.edges.every((e) => e.type !== 'BINDS' && e.type !== 'ADDRESSED_TO')).toBe(true);
  });
});

describe('undo and redo', () => {
  const step = withHistory(reduceWorkspace);
  it('undo returns to the previous workspace and redo replays it', () => {
    let h = historyOf(EMPTY_WORKSPACE);
    h = step(h, { kind: 'do', action: { kind: 'reset', id: 'actor:states' } });
    h = step(h, { kind: 'do', action: { kind: 'remove', id: 'obl:x' } });
    h = step(h, { kind: 'undo' });
    expect(h.present.removed).toEqual([]);
    h = step(h, { kind: 'redo' });
    expect(h.present.removed).toEqual(['obl:x']);
  });
  it('a new action after undo clears the redo stack', () => {
    let h = historyOf(EMPTY_WORKSPACE);
    h = step(h, { kind: 'do', action: { kind: 'reset', id: 'a:1' } });
    h = step(h, { kind: 'undo' });
    h = step(h, { kind: 'do', action: { kind: 'reset', id: 'a:2' } });
    expect(h.future).toEqual([]);
    expect(step(h, { kind: 'redo' })).toBe(h);
  });
});

describe('diffing and patching cytoscape elements', () => {
  const a = toElements(composeView(opened, fetched(opened), NO_FILTERS), null, []);
  const more = reduceWorkspace(opened, { kind: 'more', id: 'actor:states', type: 'ADDRESSED_TO' });
  const b = toElements(composeView(more, fetched(more), NO_FILTERS), 'obl:x', ['obl:y']);

  it('an unchanged element list needs no operation', () => {
    expect(diffElements(a, a)).toEqual([]);
  });

  it('removes before adding and adds nodes before edges', () => {
    const ops = diffElements(a, b);
    const kinds = ops.map((op) => (op.op === 'add' ? `add-${op.element.group}` : op.op));
    const firstAdd = kinds.findIndex((k) => k.startsWith('add'));
    expect(kinds.slice(0, firstAdd).every((k) => k === 'remove')).toBe(true);
    expect(kinds.lastIndexOf('add-nodes')).toBeLessThan(kinds.indexOf('add-edges'));
    expect(ops).toContainEqual({ op: 'classes', id: 'obl:x', classes: 'Obligation hub selected-node' });
  });

  it('patching a live graph from one list to another leaves exactly the second list', () => {
    const cy = cytoscape({ headless: true });
    applyPatch(cy, diffElements([], a));
    applyPatch(cy, diffElements(a, b));
    expect(
      cy
        .elements()
        .map((el) => el.id())
        .sort(),
    ).toEqual(b.map((el) => el.data.id).sort());
    expect(cy.getElementById('obl:y').hasClass('pinned')).toBe(true);
    applyPatch(cy, diffElements(b, a));
    expect(
      cy
        .elements()
        .map((el) => el.id())
        .sort(),
    ).toEqual(a.map((el) => el.data.id).sort());
  });
});
