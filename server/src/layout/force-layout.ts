import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** What the whole-graph layout is asked: node ids and edges as index pairs into them. */
export interface LayoutRequest {
  nodes: string[];
  edges: [number, number][];
  iterations: number;
}

/** Positions and Louvain communities, aligned with the request's nodes. */
export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  community: Int32Array;
  communities: number;
}

/** A small seeded generator (mulberry32): the same graph always gets the same picture and clusters. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Louvain communities, then ForceAtlas2 (Barnes-Hut) from a start where each community sits on its
 * own spot of a circle, so clusters separate in few iterations. Runs in a worker thread of the server
 * (layout-thread.ts); plain data in and out keeps it testable on its own.
 */
export function forceLayout(request: LayoutRequest): LayoutResult {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of request.nodes) graph.addNode(id);
  for (const [a, b] of request.edges) {
    const s = request.nodes[a];
    const t = request.nodes[b];
    if (s === undefined || t === undefined || s === t || graph.hasEdge(s, t)) continue;
    graph.addEdge(s, t);
  }
  const rng = seeded(7);
  const mapping = graph.size > 0 ? louvain(graph, { rng }) : {};
  const ids = [...new Set(Object.values(mapping))].sort((a, b) => a - b);
  const rank = new Map(ids.map((c, i) => [c, i]));
  const count = Math.max(1, ids.length);
  const radius = Math.sqrt(request.nodes.length) * 20;
  graph.forEachNode((id) => {
    const c = rank.get(mapping[id] ?? -1) ?? 0;
    const angle = (2 * Math.PI * c) / count;
    const spread = radius / Math.sqrt(count);
    graph.mergeNodeAttributes(id, {
      x: radius * Math.cos(angle) + (rng() - 0.5) * spread,
      y: radius * Math.sin(angle) + (rng() - 0.5) * spread,
    });
  });
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 300,
    // LinLog pulls each community together and pushes communities apart: clusters one can see.
    linLogMode: true,
    scalingRatio: 10,
    gravity: 0.5,
  };
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations: request.iterations, settings });
  const n = request.nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const community = new Int32Array(n);
  request.nodes.forEach((id, i) => {
    const a = graph.getNodeAttributes(id) as { x: number; y: number };
    x[i] = a.x;
    y[i] = a.y;
    community[i] = rank.get(mapping[id] ?? -1) ?? 0;
  });
  return { x, y, community, communities: ids.length };
}
