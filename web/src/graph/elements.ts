import type { ElementDefinition } from 'cytoscape';
import type { GraphNode, RelationshipType } from '../api/types';
import { type ColourContext, colourOf } from './colouring';
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

/** How many of the best-linked nodes keep their label on a crowded canvas. */
export const HUB_LABELS = 30;

/** The name a node is drawn with: its own short name (an instrument's "CEDAW"), an actor's acronym, or the name. */
export function canvasName(node: GraphNode): string {
  const short = node.properties.shortName;
  if (typeof short === 'string' && short) return short;
  const aliases = node.properties.aliases;
  if (node.label === 'Actor' && Array.isArray(aliases)) {
    const acronym = aliases.find(
      (a): a is string => typeof a === 'string' && /^[A-Z][A-Z0-9-]{1,9}$/.test(a),
    );
    if (acronym && acronym.length < node.name.length) return acronym;
  }
  return node.name;
}

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
  colours?: ColourContext,
): CyElement[] {
  const crowded = view.nodes.length > CROWDED_NODES;
  const degree = new Map<string, number>();
  for (const e of view.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  // On a crowded canvas only the hubs are named; the others are named on hover-free zoom-in via the table.
  const hubs = new Set(
    crowded
      ? [...degree]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, HUB_LABELS)
          .map(([id]) => id)
      : view.nodes.map((n) => n.id),
  );
  const nodes: CyElement[] = view.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      name: canvasName(node),
      // Size grows with the square root of the degree: hubs stand out, leaves stay visible.
      size: Math.round((crowded ? 8 : 22) + (crowded ? 2.2 : 2) * Math.sqrt(degree.get(node.id) ?? 0)),
      ...(colours && colours.colouring !== 'kind' ? { colour: colourOf(node, colours) } : {}),
    },
    classes: [
      node.label,
      crowded ? 'bulk' : '',
      hubs.has(node.id) ? 'hub' : '',
      colours && colours.colouring !== 'kind' ? 'tinted' : '',
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
