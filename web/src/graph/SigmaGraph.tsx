import Graph from 'graphology';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { Overview, OverviewCanvasProps, OverviewEdge, OverviewNode } from './overview';

type Attributes = Record<string, unknown>;

const same = (a: Attributes, b: Attributes): boolean => Object.keys(b).every((k) => a[k] === b[k]);

/**
 * The whole-graph overview drawn with WebGL (sigma.js): thousands of elements at positions computed
 * elsewhere. Declarative like the other canvas: the overview is a prop, and each change becomes the
 * node and edge additions, removals and attribute updates that tell the two apart, then one redraw.
 */
export function SigmaGraph(props: OverviewCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    const sigma = new Sigma(graph, el, {
      allowInvalidContainer: true,
      zIndex: true,
      labelRenderedSizeThreshold: 8,
      labelDensity: 0.5,
      labelFont: 'system-ui, sans-serif',
      labelSize: 12,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
    });
    sigma.on('clickNode', ({ node }) => handlers.current.onTapNode?.(node));
    sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      handlers.current.onDoubleTapNode?.(event.node);
    });
    sigma.on('clickStage', () => handlers.current.onTapBackground?.());
    sigmaRef.current = sigma;
    const camera = sigma.getCamera();
    handlers.current.onReady?.({
      zoomBy: (factor) =>
        void (factor > 1 ? camera.animatedZoom({ factor }) : camera.animatedUnzoom({ factor: 1 / factor })),
      fit: () => void camera.animatedReset({ duration: 200 }),
    });
    return () => {
      handlers.current.onReady?.(null);
      sigma.kill();
      sigmaRef.current = null;
    };
  }, []);

  const { overview, fitRequest } = props;

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const graph = sigma.getGraph();
    // Marks for bench/web, as on the other canvas: the first time the graph is built, and drawn.
    const first = graph.order === 0 && overview.nodes.length > 0;
    if (first) performance.mark('atlas:layout-start');
    patchGraph(graph, overview);
    if (first) performance.mark('atlas:layout-stop');
    sigma.refresh();
    const count = graph.order + graph.size;
    requestAnimationFrame(() => {
      if (first) performance.mark('atlas:graph-drawn', { detail: { nodes: graph.order, edges: graph.size } });
      handlers.current.onDrawn?.(count);
    });
  }, [overview]);

  useEffect(() => {
    if (fitRequest) sigmaRef.current?.getCamera().animatedReset({ duration: 200 });
  }, [fitRequest]);

  return (
    <div ref={container} className="canvas" role="img" aria-label={props.ariaLabel} data-testid="canvas" />
  );
}

/** Makes the graphology graph hold exactly the overview's nodes and edges, touching only what differs. */
function patchGraph(graph: Graph, overview: Overview): void {
  const nodes = new Map<string, OverviewNode>(overview.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, OverviewEdge>(overview.edges.map((e) => [e.id, e]));
  graph.forEachEdge((id) => {
    if (!edges.has(id)) graph.dropEdge(id);
  });
  graph.forEachNode((id) => {
    if (!nodes.has(id)) graph.dropNode(id);
  });
  for (const { id, ...attributes } of nodes.values()) {
    if (!graph.hasNode(id)) graph.addNode(id, attributes);
    else if (!same(graph.getNodeAttributes(id), attributes)) graph.replaceNodeAttributes(id, attributes);
  }
  for (const { id, source, target, ...attributes } of edges.values()) {
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (!graph.hasEdge(id)) graph.addEdgeWithKey(id, source, target, attributes);
    else if (!same(graph.getEdgeAttributes(id), attributes)) graph.replaceEdgeAttributes(id, attributes);
  }
}
