import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { type PatchOp, diffElements } from './diff';
import type { CyElement } from './elements';
import type { LayoutName } from './layoutNames';
import { layoutOptions, registerLayouts } from './layouts';
import { applyPatch } from './patch';
import { STYLESHEET } from './stylesheet';

export interface CytoscapeGraphProps {
  elements: readonly CyElement[];
  layout: LayoutName;
  pinned: readonly string[];
  /** Bumped by the parent to request a fit to the viewport. */
  fitRequest?: number;
  onTapNode?: (id: string) => void;
  onTapEdge?: (id: string) => void;
  onDoubleTapNode?: (id: string) => void;
  onTapBackground?: () => void;
  onReady?: (cy: Core | null) => void;
  ariaLabel: string;
  /** Direction of the hierarchical layout: left to right (default) or top to bottom. */
  direction?: 'LR' | 'TB';
  /** Called after each layout run finishes (the graph is drawn and interactive). */
  onLayoutDone?: (elementCount: number) => void;
  /**
   * Positions computed elsewhere (the server's whole-graph layout): nodes are placed there and no
   * layout runs on the main thread; a new map moves them.
   */
  positions?: ReadonlyMap<string, { x: number; y: number }> | null;
}

type Point = { x: number; y: number };

/**
 * A thin declarative wrapper: the element list is a prop, and each change becomes a diff applied in
 * one batch. The layout reruns only when the set of elements or the layout choice changes, and
 * pinned nodes are locked so layouts leave them where the user put them.
 */
export function CytoscapeGraph(props: CytoscapeGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const previous = useRef<readonly CyElement[]>([]);
  // Where nodes were when they left the canvas (a filter, a removal): they come back to the same place.
  const remembered = useRef(new Map<string, Point>());
  // The chunked add in progress (a newer element list cancels it).
  const chunking = useRef<symbol | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    registerLayouts();
    const cy = cytoscape({
      // Without a 2D canvas (a locked-down browser, jsdom) the graph runs headless: the table twin,
      // the details and the data exports keep working.
      ...(canDraw() ? { container: container.current } : { headless: true }),
      style: STYLESHEET,
      minZoom: 0.05,
      maxZoom: 4,
    });
    cy.on('tap', 'node', (event) => handlers.current.onTapNode?.(event.target.id()));
    cy.on('tap', 'edge', (event) => handlers.current.onTapEdge?.(event.target.id()));
    cy.on('dbltap', 'node', (event) => handlers.current.onDoubleTapNode?.(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onTapBackground?.();
    });
    cyRef.current = cy;
    handlers.current.onReady?.(cy);
    return () => {
      handlers.current.onReady?.(null);
      cy.destroy();
      cyRef.current = null;
      previous.current = [];
    };
  }, []);

  const { elements, layout, pinned, fitRequest, direction = 'LR', positions } = props;

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const ops = diffElements(previous.current, elements);
    previous.current = elements;
    for (const op of ops) {
      if (op.op !== 'remove') continue;
      const node = cy.getElementById(op.id);
      if (node.nonempty() && node.isNode()) remembered.current.set(op.id, { ...node.position() });
    }
    const before = cy.nodes().length;
    const done = () => handlers.current.onLayoutDone?.(elements.length);
    if (positions && ops.length > CHUNK) {
      // Thousands of elements at known places: added a chunk per task so the page never freezes.
      const token = Symbol('chunked');
      chunking.current = token;
      addInChunks(cy, ops, positions, () => chunking.current === token).then((finished) => {
        if (!finished) return;
        lockPinned(cy, pinned);
        if (before === 0) fitPositions(cy, positions, done);
      });
      return;
    }
    applyPatch(cy, ops);
    lockPinned(cy, pinned);
    if (positions) {
      placeAt(cy, positions);
      if (before === 0 && ops.length > 0) fitPositions(cy, positions, done);
      return;
    }
    const added = ops.flatMap((op) =>
      op.op === 'add' && op.element.group === 'nodes' ? [op.element.data.id] : [],
    );
    if (layoutChanged(cy, layout) || before === 0 || layout !== 'fcose') {
      if (layoutChanged(cy, layout) || ops.some((op) => op.op === 'add' || op.op === 'remove'))
        runLayout(cy, layout, direction, done);
      return;
    }
    // Filters and small changes keep the picture: what stays does not move, what returns goes back
    // where it was, and only new nodes are placed (an incremental, pinned fcose run).
    if (added.length === 0) return;
    const fresh = added.filter((id) => {
      const at = remembered.current.get(id);
      if (at) cy.getElementById(id).position(at);
      return !at;
    });
    if (fresh.length === 0) {
      done();
      return;
    }
    placeNearNeighbours(cy, fresh);
    runLayout(cy, layout, direction, done, new Set(fresh));
  }, [elements, layout, pinned, direction, positions]);

  useEffect(() => {
    if (fitRequest)
      cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 30 } }, { duration: 200 });
  }, [fitRequest]);

  return (
    <div ref={container} className="canvas" role="img" aria-label={props.ariaLabel} data-testid="canvas" />
  );
}

function canDraw(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('2d'));
  } catch {
    return false;
  }
}

function layoutChanged(cy: Core, layout: LayoutName): boolean {
  const last = cy.scratch('_atlasLayout') as LayoutName | undefined;
  return last !== layout;
}

/** A pan far from every position a layout gives (they lie within a few thousand of the origin). */
const PARKED = -1e7;

/** Elements per task when thousands are added at once. */
const CHUNK = 250;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function lockPinned(cy: Core, pinned: readonly string[]): void {
  cy.nodes().forEach((node) => {
    const pin = pinned.includes(node.id());
    if (pin !== node.locked()) {
      if (pin) node.lock();
      else node.unlock();
    }
  });
}

/** Applies removals at once, then adds nodes (placed) and edges a chunk per task; false if cancelled. */
async function addInChunks(
  cy: Core,
  ops: readonly PatchOp[],
  positions: ReadonlyMap<string, Point>,
  live: () => boolean,
): Promise<boolean> {
  performance.mark('atlas:layout-start');
  const adds = ops.flatMap((op) => (op.op === 'add' ? [op.element] : []));
  applyPatch(
    cy,
    ops.filter((op) => op.op !== 'add'),
  );
  // Until the last chunk is in, an empty canvas looks at empty space: each chunk's frame then culls
  // every element instead of drawing all added so far (the caller fits the view at the end).
  if (cy.nodes().length === 0) cy.viewport({ zoom: 1, pan: { x: PARKED, y: PARKED } });
  for (let i = 0; i < adds.length; i += CHUNK) {
    if (!live()) return false;
    const chunk = adds.slice(i, i + CHUNK).map((el) => {
      const at = el.group === 'nodes' ? positions.get(el.data.id) : undefined;
      return at ? { ...el, position: { ...at } } : el;
    });
    cy.batch(() => cy.add(chunk));
    await nextTask();
  }
  return live();
}

/** Moves nodes to the positions given. */
function placeAt(cy: Core, positions: ReadonlyMap<string, Point>): void {
  // One positions() call: one event and one redraw for the whole graph, not one per node.
  cy.nodes()
    .filter((node) => !node.locked())
    .positions((node) => positions.get(node.id()) ?? (node as cytoscape.NodeSingular).position());
}

/**
 * Fits the view to the positions themselves (cy.fit would measure every label first, seconds on a
 * large graph) and marks the first frame drawn.
 */
function fitPositions(cy: Core, positions: ReadonlyMap<string, Point>, done: () => void): void {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  cy.nodes().forEach((node) => {
    const at = positions.get(node.id());
    if (!at) return;
    x1 = Math.min(x1, at.x);
    y1 = Math.min(y1, at.y);
    x2 = Math.max(x2, at.x);
    y2 = Math.max(y2, at.y);
  });
  if (Number.isFinite(x1)) {
    const pad = 30;
    const zoom = Math.min(
      (cy.width() - 2 * pad) / Math.max(1, x2 - x1),
      (cy.height() - 2 * pad) / Math.max(1, y2 - y1),
    );
    const z = Math.max(cy.minZoom(), Math.min(2, zoom));
    cy.viewport({
      zoom: z,
      pan: { x: cy.width() / 2 - (z * (x1 + x2)) / 2, y: cy.height() / 2 - (z * (y1 + y2)) / 2 },
    });
  }
  performance.mark('atlas:layout-stop');
  requestAnimationFrame(() =>
    performance.mark('atlas:graph-drawn', { detail: { nodes: cy.nodes().length, edges: cy.edges().length } }),
  );
  done();
}

/** New nodes start beside a neighbour already placed (or at the centre), so an incremental run moves them little. */
function placeNearNeighbours(cy: Core, ids: readonly string[]): void {
  const fresh = new Set(ids);
  const centre = { x: cy.extent().x1 + cy.extent().w / 2, y: cy.extent().y1 + cy.extent().h / 2 };
  ids.forEach((id, i) => {
    const node = cy.getElementById(id);
    const anchor = node
      .neighborhood()
      .nodes()
      .filter((n) => !fresh.has(n.id()));
    const base = anchor.nonempty() ? (anchor.first() as cytoscape.NodeSingular).position() : centre;
    const angle = (i * 2.399963) % (2 * Math.PI); // golden angle: neighbours fan out instead of stacking
    node.position({ x: base.x + 60 * Math.cos(angle), y: base.y + 60 * Math.sin(angle) });
  });
}

function runLayout(
  cy: Core,
  layout: LayoutName,
  direction: 'LR' | 'TB',
  done: () => void,
  /** Incremental: only these nodes move; the others are fixed where they are. */
  moving?: ReadonlySet<string>,
): void {
  cy.scratch('_atlasLayout', layout);
  if (cy.elements().length === 0) {
    done();
    return;
  }
  // Marks for bench/web: layout start, and the first frame drawn after the layout stopped.
  performance.mark('atlas:layout-start');
  const incremental = moving
    ? {
        randomize: false,
        fit: false,
        fixedNodeConstraint: cy
          .nodes()
          .toArray()
          .filter((n) => !moving.has(n.id()))
          .map((n) => ({ nodeId: n.id(), position: { ...(n as cytoscape.NodeSingular).position() } })),
      }
    : { fit: true };
  const run = cy.layout({
    ...layoutOptions(layout, false, direction, cy.nodes().length),
    ...incremental,
  } as LayoutOptions);
  run.one('layoutstop', () => {
    performance.mark('atlas:layout-stop');
    // A handful of nodes fitted to a large canvas would be drawn huge; keep them at a readable size.
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
    requestAnimationFrame(() =>
      performance.mark('atlas:graph-drawn', {
        detail: { nodes: cy.nodes().length, edges: cy.edges().length },
      }),
    );
    done();
  });
  run.run();
}
