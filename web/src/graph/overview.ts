import type { CanvasControls } from './canvasControls';
import { type ColourContext, colourOf } from './colouring';
import type { ViewGraph } from './compose';
import { canvasName, HUB_LABELS } from './elements';
import { LABEL_STYLE } from './palette';
import { KIND_MARK, type Mark } from './shapes';

/** A node of the whole-graph overview as the WebGL canvas draws it. */
export interface OverviewNode {
  id: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** The kind's mark: kinds stay apart without their colours (colour by document or community). */
  mark: Mark;
  label: string;
  /** Hubs keep their label at every zoom; the others show theirs on hover or when room allows. */
  forceLabel: boolean;
  highlighted: boolean;
  zIndex: number;
}

export interface OverviewEdge {
  id: string;
  source: string;
  target: string;
  color: string;
  size: number;
}

export interface Overview {
  nodes: OverviewNode[];
  edges: OverviewEdge[];
}

const EDGE_COLOUR = '#c8c8c8';
/** The largest radius a node is given at the fitted zoom (CSS pixels). */
export const MAX_NODE_SIZE = 12;
const SELECTED_EDGE_COLOUR = '#000000';

/**
 * The composed view as the overview draws it, at the server's positions: size by degree, colour by the
 * chosen colouring, the best-linked nodes labelled. A node without a position (none is expected) sits
 * at the centre rather than vanishing.
 */
export function overviewOf(
  view: ViewGraph,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  colours: ColourContext,
  selected: string | null,
): Overview {
  const degree = new Map<string, number>();
  for (const e of view.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const hubs = new Set(
    [...degree]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, HUB_LABELS)
      .map(([id]) => id),
  );
  const nodes = view.nodes.map((node): OverviewNode => {
    const at = positions.get(node.id) ?? { x: 0, y: 0 };
    const isSelected = node.id === selected;
    return {
      id: node.id,
      // Flipped for sigma, whose y axis points up (the server's layout's points down): the WebGL
      // overview shows the layout as laid out, the 2D one (y down) mirrored top to bottom.
      x: at.x,
      y: -at.y,
      // Size grows with the square root of the degree, up to a cap: hubs stand out, leaves stay
      // visible, and a hub of thousands of links (a bundle ×10) does not cover its neighbours.
      size: Math.min(MAX_NODE_SIZE, 1.5 + 0.5 * Math.sqrt(degree.get(node.id) ?? 0)) + (isSelected ? 3 : 0),
      color: colours.colouring === 'kind' ? LABEL_STYLE[node.label].colour : colourOf(node, colours),
      mark: KIND_MARK[node.label],
      label: canvasName(node),
      forceLabel: hubs.has(node.id) || isSelected,
      highlighted: isSelected,
      zIndex: isSelected ? 2 : hubs.has(node.id) ? 1 : 0,
    };
  });
  const edges = view.edges.map(
    (edge): OverviewEdge => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      color: edge.id === selected ? SELECTED_EDGE_COLOUR : EDGE_COLOUR,
      size: edge.id === selected ? 3 : 0.5,
    }),
  );
  return { nodes, edges };
}

/** What either overview canvas (2D or WebGL) is given: the overview, and where to report. */
export interface OverviewCanvasProps {
  overview: Overview;
  ariaLabel: string;
  /** Bumped by the parent to request a fit to the viewport. */
  fitRequest?: number;
  onTapNode?: (id: string) => void;
  onDoubleTapNode?: (id: string) => void;
  onTapBackground?: () => void;
  onReady?: (controls: CanvasControls | null) => void;
  /** Called once the elements are drawn (the graph is interactive). */
  onDrawn?: (elementCount: number) => void;
}
