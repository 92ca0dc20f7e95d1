import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { diffElements } from './diff';
import type { CyElement } from './elements';
import { type LayoutName, layoutOptions, registerLayouts } from './layouts';
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
  /** Draw nodes and edges with cytoscape's WebGL renderer (fixed for the life of the component). */
  webgl?: boolean;
  onTapBackground?: () => void;
  onReady?: (cy: Core | null) => void;
  ariaLabel: string;
  /** Direction of the hierarchical layout: left to right (default) or top to bottom. */
  direction?: 'LR' | 'TB';
  /** Called after each layout run finishes (the graph is drawn and interactive). */
  onLayoutDone?: (elementCount: number) => void;
}

/**
 * A thin declarative wrapper: the element list is a prop, and each change becomes a diff applied in
 * one batch. The layout reruns only when the set of elements or the layout choice changes, and
 * pinned nodes are locked so layouts leave them where the user put them.
 */
export function CytoscapeGraph(props: CytoscapeGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const previous = useRef<readonly CyElement[]>([]);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    registerLayouts();
    const cy = cytoscape({
      // Without a 2D canvas (a locked-down browser, jsdom) the graph runs headless: the table twin,
      // the details and the data exports keep working.
      ...(canDraw() ? { container: container.current } : { headless: true }),
      style: STYLESHEET,
      // WebGL only where the browser offers it; cytoscape's canvas renderer draws everything else.
      ...(handlers.current.webgl && canUseWebGL() ? { renderer: { name: 'canvas', webgl: true } } : {}),
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

  const { elements, layout, pinned, fitRequest, direction = 'LR' } = props;

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const ops = diffElements(previous.current, elements);
    previous.current = elements;
    applyPatch(cy, ops);
    const structural = ops.some((op) => op.op === 'add' || op.op === 'remove');
    cy.nodes().forEach((node) => {
      if (pinned.includes(node.id())) node.lock();
      else node.unlock();
    });
    if (structural || layoutChanged(cy, layout))
      runLayout(cy, layout, direction, () => handlers.current.onLayoutDone?.(elements.length));
  }, [elements, layout, pinned, direction]);

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

function canUseWebGL(): boolean {
  try {
    return Boolean(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return false;
  }
}

function layoutChanged(cy: Core, layout: LayoutName): boolean {
  const last = cy.scratch('_atlasLayout') as LayoutName | undefined;
  return last !== layout;
}

function runLayout(cy: Core, layout: LayoutName, direction: 'LR' | 'TB', done: () => void): void {
  cy.scratch('_atlasLayout', layout);
  if (cy.elements().length === 0) {
    done();
    return;
  }
  // Marks for bench/web: layout start, and the first frame drawn after the layout stopped.
  performance.mark('atlas:layout-start');
  const run = cy.layout({
    ...layoutOptions(layout, false, direction, cy.nodes().length),
    fit: true,
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
