// The whole graph's picture as the explorer receives it (GET /export/graph-layout.json): browser-safe,
// no dependency, so the web imports it by name (@atlas/server/whole-layout).

/**
 * Positions and Louvain communities of every node of one published graph version, aligned by index
 * with `nodes`. Positions are centred on the origin and scaled to an extent that grows with the graph.
 */
export interface WholeGraphLayout {
  /** The store's graph version the layout was computed from (health `version`). */
  version: number;
  nodes: string[];
  x: number[];
  y: number[];
  /** Community index of each node, 0 … communities − 1. */
  community: number[];
  communities: number;
}

export const WHOLE_LAYOUT_PATH = '/export/graph-layout.json';
