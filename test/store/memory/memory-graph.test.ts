// The embedded graph is one graphology MultiDirectedGraph holding the contract values themselves, and
// the incidence slices derived from it list exactly graphology's relationships of each node.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { GraphBundle } from '../../../server/src/store/bundle';
import { edgeIds } from '../../../server/src/store/contract/edge-id';
import { incidentOf } from '../../../server/src/store/memory/incidence';
import { buildMemoryGraph } from '../../../server/src/store/memory/memory-graph';
import { MemoryGraphStore } from '../../../server/src/store/memory/memory-store';
import { miniBundle } from '../fixture';
import { sorted } from '../suite/context';

/** The fixture with a self loop and a relationship parallel to an existing one added. */
function withLoopAndParallel(): GraphBundle {
  const bundle = miniBundle();
  const first = bundle.relationships[0];
  if (first === undefined) throw new Error('fixture has no relationships');
  const loop = { type: first.type, start: first.start, end: first.start, properties: {} };
  const parallel = { ...first, properties: { ...first.properties, note: 'parallel' } };
  return { ...bundle, relationships: [...bundle.relationships, loop, parallel] };
}

describe('memory graph', () => {
  const bundle = withLoopAndParallel();
  const mg = buildMemoryGraph(bundle);

  it('holds every node and relationship once in a multi directed graphology graph, keyed by id', () => {
    expect(mg.graph).toBeInstanceOf(MultiDirectedGraph);
    expect(mg.graph.order).toBe(bundle.nodes.length);
    expect(mg.graph.size).toBe(bundle.relationships.length);
    expect(sorted(mg.graph.edges())).toEqual(sorted(edgeIds(bundle.relationships)));
  });

  it('keeps each relationship as its GraphEdge, ends as in the bundle', () => {
    const ids = edgeIds(bundle.relationships);
    bundle.relationships.forEach((r, i) => {
      const id = ids[i] as string;
      expect(mg.graph.getEdgeAttributes(id)).toEqual({ id, ...r });
      expect([mg.graph.source(id), mg.graph.target(id)]).toEqual([r.start, r.end]);
    });
  });

  it('hands out the graph attributes themselves, not copies', async () => {
    const store = new MemoryGraphStore(bundle);
    const id = bundle.nodes[0]?.id as string;
    const node = await store.node(id);
    const again = await store.nodes([id]);
    expect(again[0]).toBe(node);
    expect(node).toEqual({ id, label: bundle.nodes[0]?.labels[0], properties: bundle.nodes[0]?.properties });
  });

  it('lists in the incidence slices exactly the relationships graphology has for each node', () => {
    const ids = (from: number, to: number) => sorted(mg.incidence.edges.slice(from, to).map((e) => e.id));
    for (const id of mg.graph.nodes()) {
      const { from, outTo, to } = incidentOf(mg.incidence, id);
      // graphology's forEachEdge lists a self loop once, as the slices do (in the outgoing part)
      expect(ids(from, to)).toEqual(sorted(mg.graph.edges(id)));
      expect(ids(from, outTo)).toEqual(sorted(mg.graph.outEdges(id)));
      const loops = new Set(mg.graph.outEdges(id).filter((e) => mg.graph.target(e) === id));
      expect(ids(outTo, to)).toEqual(sorted(mg.graph.inEdges(id).filter((e) => !loops.has(e))));
    }
    expect(incidentOf(mg.incidence, 'nope:1')).toEqual({ from: 0, outTo: 0, to: 0 });
  });
});
