import { type ApiFailure, ApiError } from '../api/client';
import type { GraphEdge, GraphNode, Subgraph } from '../api/types';

/** What the whole-graph worker (wholeGraph.worker.ts) says: slices of the graph, then done or a failure. */
export type WholeGraphMessage =
  | { kind: 'nodes'; items: GraphNode[] }
  | { kind: 'edges'; items: GraphEdge[] }
  | { kind: 'done' }
  | { kind: 'failure'; failure: ApiFailure };

/**
 * The whole graph (the server's bundle export) as one subgraph, fetched and parsed in a Web Worker and
 * received in slices, so the page never spends one long task reading it.
 */
export function fetchWhole(): Promise<Subgraph> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./wholeGraph.worker.ts', import.meta.url), { type: 'module' });
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    worker.onmessage = (event: MessageEvent<WholeGraphMessage>) => {
      const message = event.data;
      switch (message.kind) {
        case 'nodes':
          nodes.push(...message.items);
          return;
        case 'edges':
          edges.push(...message.items);
          return;
        case 'done':
          worker.terminate();
          resolve({ nodes, edges, truncated: false, omitted: 0 });
          return;
        case 'failure':
          worker.terminate();
          reject(new ApiError(message.failure));
          return;
        default: {
          const never: never = message;
          throw new Error(`unknown whole-graph message ${JSON.stringify(never)}`);
        }
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new ApiError({ kind: 'network', detail: event.message || 'the whole graph could not be read' }));
    };
    worker.postMessage({ url: new URL('/export/graph.json', window.location.href).href });
  });
}
