// The 2D overview's frames: what the next one needs, drawn once per animation frame, fitted, pictured.
import { boundsOf, type Camera, fitCamera } from './camera';
import type { OverviewCanvasProps } from './overview';
import { drawOverview } from './overviewDraw';

/** The overview's drawing state: the camera, and what the next frame needs. */
export interface View {
  camera: Camera | null;
  /** The scale of the fitted view: node sizes grow from there. */
  fitted: number;
  size: { width: number; height: number };
  hovered: string | null;
  frame: number;
  drawnOnce: boolean;
  canvas: HTMLCanvasElement | null;
  props: { current: OverviewCanvasProps };
}

/** Draws the next frame (one per animation frame, however many changes asked for it). */
export function schedule(s: View): void {
  if (s.frame) return;
  s.frame = requestAnimationFrame(() => {
    s.frame = 0;
    const g = s.canvas?.getContext('2d');
    if (!g || !s.camera) return;
    const ratio = window.devicePixelRatio || 1;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    const { overview, onDrawn } = s.props.current;
    drawOverview(g, overview, s.camera, s.fitted, s.size, s.hovered);
    if (!s.drawnOnce && overview.nodes.length > 0) {
      s.drawnOnce = true;
      // For bench/web, as on the other canvases: the first frame with the graph in it.
      performance.mark('atlas:graph-drawn', {
        detail: { nodes: overview.nodes.length, edges: overview.edges.length },
      });
    }
    onDrawn?.(overview.nodes.length + overview.edges.length);
  });
}

/** What is drawn now, drawn again at `scale` on a white ground, as a PNG data URI. */
export function picture(s: View, scale: number): string {
  const out = document.createElement('canvas');
  out.width = Math.round(s.size.width * scale);
  out.height = Math.round(s.size.height * scale);
  const g = out.getContext('2d');
  if (!g || !s.camera) return out.toDataURL('image/png');
  g.setTransform(scale, 0, 0, scale, 0, 0);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, s.size.width, s.size.height);
  drawOverview(g, s.props.current.overview, s.camera, s.fitted, s.size, null, false);
  return out.toDataURL('image/png');
}

export function fit(s: View): void {
  s.camera = fitCamera(boundsOf(s.props.current.overview.nodes), s.size.width, s.size.height);
  s.fitted = s.camera.scale;
  schedule(s);
}
