// The canvas layouts by name, apart from cytoscape (layouts.ts): the URL state and the toolbar need
// the names without loading the library that runs them.
export const LAYOUTS = ['fcose', 'dagre', 'concentric'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_TITLES: Record<LayoutName, string> = {
  fcose: 'Force (fcose)',
  dagre: 'Hierarchical (dagre)',
  concentric: 'Concentric',
};
