import cytoscape, { type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './layoutNames';

let registered = false;
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

/** Layout options; locked (pinned) nodes keep their place in every layout. */
/** Past this many nodes fcose runs its spectral draft only: seconds instead of tens of seconds. */
export const LARGE_GRAPH = 400;

export function layoutOptions(
  name: LayoutName,
  animate: boolean,
  direction: 'LR' | 'TB' = 'LR',
  nodeCount = 0,
): LayoutOptions {
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        animate,
        randomize: true,
        quality: nodeCount > LARGE_GRAPH ? 'draft' : 'default',
        // Fewer BFS samples for the spectral step on large graphs: half the time, a similar picture.
        sampleSize: nodeCount > LARGE_GRAPH ? 10 : 25,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        padding: 30,
      } as LayoutOptions;
    case 'dagre':
      return {
        name: 'dagre',
        rankDir: direction,
        nodeSep: 18,
        rankSep: 110,
        animate,
        padding: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        padding: 30,
        minNodeSpacing: 14,
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
  }
}
