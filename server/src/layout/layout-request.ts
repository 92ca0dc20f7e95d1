import type { GraphBundle } from '../store/bundle';
import type { LayoutRequest, LayoutResult } from './force-layout';
import type { WholeGraphLayout } from './whole-layout';

/** ForceAtlas2 iterations for the whole graph: the count the explorer ran when it laid the graph out itself. */
const ITERATIONS = 120;

/** The layout question for a bundle: its node ids and relationships as index pairs. */
export function layoutRequestOf(bundle: GraphBundle): LayoutRequest {
  const nodes = bundle.nodes.map((n) => n.id);
  const index = new Map(nodes.map((id, i) => [id, i]));
  const edges = bundle.relationships.flatMap((r): [number, number][] => {
    const a = index.get(r.start);
    const b = index.get(r.end);
    return a === undefined || b === undefined ? [] : [[a, b]];
  });
  return { nodes, edges, iterations: ITERATIONS };
}

function range(values: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 0];
}

const tenth = (v: number): number => Math.round(v * 10) / 10;

/** The answer as served: centred, scaled to an extent that grows with the graph, whatever units ForceAtlas2 ended in. */
export function wholeLayoutOf(
  version: number,
  request: LayoutRequest,
  result: LayoutResult,
): WholeGraphLayout {
  const extent = Math.sqrt(request.nodes.length) * 30;
  const [x0, x1] = range(result.x);
  const [y0, y1] = range(result.y);
  const k = extent / Math.max(1e-9, x1 - x0, y1 - y0);
  return {
    version,
    nodes: request.nodes,
    x: Array.from(result.x, (v) => tenth((v - (x0 + x1) / 2) * k)),
    y: Array.from(result.y, (v) => tenth((v - (y0 + y1) / 2) * k)),
    community: Array.from(result.community),
    communities: result.communities,
  };
}
