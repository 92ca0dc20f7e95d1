import { type Camera, toScreen } from './camera';
import type { Overview, OverviewNode } from './overview';
import { traceMark } from './shapes';

/**
 * A node's radius on screen: it grows with the square root of the zoom past the fitted view, so
 * zooming in separates nodes rather than only enlarging them.
 */
export const screenRadius = (node: OverviewNode, camera: Camera, fitted: number): number =>
  node.size * Math.sqrt(Math.max(0.25, camera.scale / fitted));

/** Nodes drawn this large or larger are named once no other label is in their place. */
const LABEL_FROM_RADIUS = 7;
const FONT = '12px system-ui, sans-serif';

/** The node under a screen point, if any (the topmost: the last drawn). */
export function nodeAt(
  overview: Overview,
  camera: Camera,
  fitted: number,
  px: number,
  py: number,
): OverviewNode | null {
  let hit: OverviewNode | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (const node of overview.nodes) {
    const [x, y] = toScreen(camera, node.x, node.y);
    const d = Math.hypot(x - px, y - py);
    if (d <= screenRadius(node, camera, fitted) + 3 && d <= best) {
      best = d;
      hit = node;
    }
  }
  return hit;
}

/**
 * Draws the overview: edges batched into one path per colour, nodes into one path per colour, then
 * the labels that fit (hubs, the selection and the hovered node first, none over another).
 */
export function drawOverview(
  g: CanvasRenderingContext2D,
  overview: Overview,
  camera: Camera,
  fitted: number,
  size: { width: number; height: number },
  hovered: string | null,
  /** Clear first (a frame on screen); a picture is drawn on the ground it was given. */
  clear = true,
): void {
  if (clear) g.clearRect(0, 0, size.width, size.height);
  const at = new Map(overview.nodes.map((n) => [n.id, toScreen(camera, n.x, n.y)]));
  const edgePaths = new Map<string, { colour: string; width: number; path: Path2D }>();
  for (const e of overview.edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) continue;
    const key = `${e.color}|${e.size}`;
    const batch = edgePaths.get(key) ?? { colour: e.color, width: e.size, path: new Path2D() };
    batch.path.moveTo(a[0], a[1]);
    batch.path.lineTo(b[0], b[1]);
    edgePaths.set(key, batch);
  }
  for (const { colour, width, path } of edgePaths.values()) {
    g.strokeStyle = colour;
    g.lineWidth = width;
    g.stroke(path);
  }
  const layers = [...overview.nodes].sort((a, b) => a.zIndex - b.zIndex);
  const nodePaths = new Map<string, Path2D>();
  for (const node of layers) {
    const [x, y] = at.get(node.id) ?? [0, 0];
    const r = screenRadius(node, camera, fitted);
    const path = nodePaths.get(node.color) ?? new Path2D();
    traceMark(path, node.mark, x, y, r);
    nodePaths.set(node.color, path);
  }
  for (const [colour, path] of nodePaths) {
    g.fillStyle = colour;
    g.fill(path);
  }
  g.strokeStyle = '#000000';
  g.lineWidth = 2.5;
  for (const node of overview.nodes) {
    if (!node.highlighted) continue;
    const [x, y] = at.get(node.id) ?? [0, 0];
    g.beginPath();
    g.arc(x, y, screenRadius(node, camera, fitted) + 2, 0, 2 * Math.PI);
    g.stroke();
  }
  drawLabels(g, layers, at, camera, fitted, hovered);
}

function drawLabels(
  g: CanvasRenderingContext2D,
  nodes: readonly OverviewNode[],
  at: ReadonlyMap<string, [number, number]>,
  camera: Camera,
  fitted: number,
  hovered: string | null,
): void {
  g.font = FONT;
  g.textBaseline = 'middle';
  const taken: [number, number, number, number][] = [];
  const overlaps = (b: [number, number, number, number]) =>
    taken.some((t) => b[0] < t[2] && b[2] > t[0] && b[1] < t[3] && b[3] > t[1]);
  const rank = (n: OverviewNode) => (n.id === hovered ? 3 : n.highlighted ? 2 : n.forceLabel ? 1 : 0);
  const candidates = nodes
    .filter((n) => rank(n) > 0 || screenRadius(n, camera, fitted) >= LABEL_FROM_RADIUS)
    .sort((a, b) => rank(b) - rank(a) || b.size - a.size);
  for (const node of candidates) {
    const [x, y] = at.get(node.id) ?? [0, 0];
    const r = screenRadius(node, camera, fitted);
    const w = g.measureText(node.label).width;
    const box: [number, number, number, number] = [x + r + 2, y - 8, x + r + 8 + w, y + 8];
    if (rank(node) < 3 && overlaps(box)) continue;
    taken.push(box);
    g.fillStyle = 'rgba(255, 255, 255, 0.85)';
    g.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
    g.fillStyle = '#1a1a1a';
    g.fillText(node.label, x + r + 5, y);
  }
}
