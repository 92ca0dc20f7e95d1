import type { Subgraph } from '../api/types';
import type { LayoutResult } from './forceLayout';

export interface WholeLayout {
  positions: ReadonlyMap<string, { x: number; y: number }>;
  community: ReadonlyMap<string, number>;
  communities: number;
}

const ITERATIONS = 120;

function range(values: Float64Array): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 0];
}

/**
 * Lays out a graph in a Web Worker (layout.worker.ts); the main thread only posts and receives. The
 * finished layout goes to `onUpdate`; the returned function stops the worker.
 */
export function layoutInWorker(
  graph: Subgraph,
  onUpdate: (layout: WholeLayout) => void,
  onError: (e: Error) => void,
) {
  const nodes = graph.nodes.map((n) => n.id);
  const index = new Map(nodes.map((id, i) => [id, i]));
  const edges = graph.edges.flatMap((e): [number, number][] => {
    const a = index.get(e.source);
    const b = index.get(e.target);
    return a === undefined || b === undefined ? [] : [[a, b]];
  });
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutResult>) => {
    const { x, y, community, communities } = event.data;
    worker.terminate();
    // Scaled to an extent that grows with the graph, whatever units ForceAtlas2 ended in.
    const extent = Math.sqrt(nodes.length) * 30;
    const [x0, x1] = range(x);
    const [y0, y1] = range(y);
    const k = extent / Math.max(1e-9, x1 - x0, y1 - y0);
    onUpdate({
      positions: new Map(
        nodes.map((id, i) => [
          id,
          { x: ((x[i] ?? 0) - (x0 + x1) / 2) * k, y: ((y[i] ?? 0) - (y0 + y1) / 2) * k },
        ]),
      ),
      community: new Map(nodes.map((id, i) => [id, community[i] ?? 0])),
      communities,
    });
  };
  worker.onerror = (event) => {
    worker.terminate();
    onError(new Error(event.message || 'the layout worker failed'));
  };
  worker.postMessage({ nodes, edges, iterations: ITERATIONS });
  return () => worker.terminate();
}
