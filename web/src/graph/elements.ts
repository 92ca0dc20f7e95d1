import type { ElementDefinition } from 'cytoscape';
import type { RelationshipType } from '../api/types';
import type { ViewGraph } from './compose';
import { typeTitle } from './relations';

/** A cytoscape element with the fields the explorer relies on always present. */
export interface CyElement extends ElementDefinition {
  group: 'nodes' | 'edges';
  data: { id: string; [key: string]: unknown };
  classes: string;
}

export const BULK_EDGES = 800;
/** Past this many nodes they are drawn small, so a whole-graph view shows structure, not blobs. */
export const CROWDED_NODES = 300;

const shortName = (name: string): string => (name.length > 42 ? `${name.slice(0, 40)}…` : name);

/**
 * The view graph as cytoscape elements; node classes carry the label, edge classes the type.
 * Edges of `reversedTypes` are laid out from target to source (so a layered layout reads
 * instrument → obligation → recommendation) but keep their arrow on the true target.
 */
export function toElements(
  view: ViewGraph,
  selected: string | null,
  pinned: readonly string[],
  reversedTypes: readonly RelationshipType[] = [],
): CyElement[] {
  const crowded = view.nodes.length > CROWDED_NODES;
  const nodes: CyElement[] = view.nodes.map((node) => ({
    group: 'nodes',
    data: { id: node.id, label: node.label, name: shortName(node.name) },
    classes: [
      node.label,
      crowded ? 'bulk' : '',
      node.id === selected ? 'selected-node' : '',
      pinned.includes(node.id) ? 'pinned' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
  const more: CyElement[] = view.more.flatMap((m) => [
    {
      group: 'nodes',
      data: {
        id: m.id,
        label: 'More',
        name: `+${m.hidden} more · ${typeTitle(m.type)}`,
        parent_: m.parent,
        type: m.type,
      },
      classes: 'More',
    },
    {
      group: 'edges',
      data: { id: `${m.id}:edge`, source: m.parent, target: m.id, type: m.type },
      classes: 'more-edge',
    },
  ]);
  // Many edges are drawn as plain lines (stylesheet `edge.bulk`): routing them is the costliest part of a large draw.
  const bulk = view.edges.length > BULK_EDGES;
  const edges: CyElement[] = view.edges.map((edge) => {
    const reversed = reversedTypes.includes(edge.type);
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: reversed ? edge.target : edge.source,
        target: reversed ? edge.source : edge.target,
        type: edge.type,
        name: edge.article ? `${edge.type} art. ${edge.article}` : edge.type,
      },
      classes: [
        edge.type,
        reversed ? 'reversed' : '',
        bulk ? 'bulk' : '',
        edge.id === selected ? 'selected-edge' : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  });
  return [...nodes, ...more, ...edges];
}
