// A derived index of the graphology graph: each node's relationships (both directions, a self loop
// once) as one slice of a flat array of the graph's own GraphEdge values. It exists for the walks
// that visit every relationship of many nodes: graphology keeps a node's adjacency as an object
// keyed by neighbour, and iterating one (for-in, which for a node of more than a handful of
// neighbours builds its key list on every call) made the large-corpus walks markedly slower. Flat
// rather than an array per node: less heap. (Figures: bench/results/2026-12-03-design-figures.md.)
import type { Direction, GraphEdge } from '../graph-store';
import type { AtlasGraph } from './memory-graph';

export interface Incidence {
  /** node id → its position p: its relationships are edges[offsets[p]] … edges[offsets[p + 1] - 1]. */
  position: Map<string, number>;
  offsets: Uint32Array;
  /**
   * Where p's outgoing relationships (self loops included) end and its incoming ones begin: walks
   * out of a node and the induced-edge count (hubs have hundreds of thousands at ×100) read half.
   */
  outEnd: Uint32Array;
  edges: GraphEdge[];
}

export function buildIncidence(graph: AtlasGraph): Incidence {
  const position = new Map<string, number>();
  graph.forEachNode((id) => {
    position.set(id, position.size);
  });
  const offsets = new Uint32Array(position.size + 1);
  graph.forEachEdge((_id, e) => {
    const s = position.get(e.start) as number;
    const t = position.get(e.end) as number;
    offsets[s + 1] = (offsets[s + 1] as number) + 1;
    if (t !== s) offsets[t + 1] = (offsets[t + 1] as number) + 1;
  });
  for (let p = 1; p < offsets.length; p++) offsets[p] = (offsets[p] as number) + (offsets[p - 1] as number);
  const edges = new Array<GraphEdge>(offsets[position.size] as number);
  // outgoing filled forwards from the slice's start, incoming backwards from its end
  const outEnd = offsets.slice(0, position.size);
  const inStart = offsets.slice(1);
  graph.forEachEdge((_id, e) => {
    const s = position.get(e.start) as number;
    const t = position.get(e.end) as number;
    edges[(outEnd[s] as number)++] = e;
    if (t !== s) edges[--(inStart[t] as number)] = e;
  });
  return { position, offsets, outEnd, edges };
}

/**
 * The slice of `index.edges` holding the relationships of `id` (empty for an unknown id):
 * [from, outTo) its outgoing ones and self loops, [outTo, to) the incoming others.
 */
export function incidentOf(index: Incidence, id: string): { from: number; outTo: number; to: number } {
  const p = index.position.get(id);
  if (p === undefined) return { from: 0, outTo: 0, to: 0 };
  return {
    from: index.offsets[p] as number,
    outTo: index.outEnd[p] as number,
    to: index.offsets[p + 1] as number,
  };
}

/** Whether a walk from `id` in `direction` follows `e` (a relationship of `id`). */
export const follows = (e: GraphEdge, id: string, direction: Direction): boolean =>
  direction === 'both' || (direction === 'out' ? e.start === id : e.end === id);

/** The end of `e` that is not `id` (`id` itself for a self loop). */
export const otherEnd = (e: GraphEdge, id: string): string => (e.start === id ? e.end : e.start);
