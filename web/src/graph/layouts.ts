import cytoscape, { type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

export const LAYOUTS = ['fcose', 'dagre', 'concentric'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_TITLES: Record<LayoutName, string> = {
  fcose: 'Force (fcose)',
  dagre: 'Hierarchical (dagre)',
  concentric: 'Concentric',
};

let registered = false;
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

/** Layout options; locked (pinned) nodes keep their place in every layout. */
export function layoutOptions(
  name: LayoutName,
  animate: boolean,
  direction: 'LR' | 'TB' = 'LR',
): LayoutOptions {
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        animate,
        randomize: true,
        quality: 'default',
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
