// The whole graph's overview as the 2D canvas reads it: the camera's fit and zoom, the node under the
// pointer, and the overview drawn from the server's positions.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../web/src/api/types';
import { fitCamera, MAX_ZOOM, MIN_ZOOM, toScreen, zoomAt } from '../../web/src/graph/camera';
import { MAX_NODE_SIZE, overviewOf } from '../../web/src/graph/overview';
import { nodeAt } from '../../web/src/graph/overviewDraw';

const node = (id: string): GraphNode => ({ id, label: 'Actor', name: id, properties: {} }) as GraphNode;
const edge = (source: string, target: string, k: number): GraphEdge =>
  ({ id: `${source}-[MENTIONS]->${target}#${k}`, type: 'MENTIONS', source, target }) as GraphEdge;

describe('the overview camera', () => {
  it('fits a box centred in the canvas, within the padding', () => {
    const camera = fitCamera({ x1: -100, y1: -50, x2: 300, y2: 150 }, 800, 600, 30);
    expect(toScreen(camera, 100, 50)).toEqual([400, 300]);
    const [left] = toScreen(camera, -100, 0);
    const [right] = toScreen(camera, 300, 0);
    expect(left).toBeCloseTo(30);
    expect(right).toBeCloseTo(770);
  });

  it('zooms about the pointer: the world point under it stays under it', () => {
    const camera = { scale: 1.5, tx: 40, ty: -20 };
    const zoomed = zoomAt(camera, 2, 200, 120);
    const world = [(200 - camera.tx) / camera.scale, (120 - camera.ty) / camera.scale] as const;
    const [x, y] = toScreen(zoomed, world[0], world[1]);
    expect(x).toBeCloseTo(200);
    expect(y).toBeCloseTo(120);
  });

  it('keeps the zoom within its bounds', () => {
    expect(zoomAt({ scale: 1, tx: 0, ty: 0 }, 1e6, 0, 0).scale).toBe(MAX_ZOOM);
    expect(zoomAt({ scale: 1, tx: 0, ty: 0 }, 1e-6, 0, 0).scale).toBe(MIN_ZOOM);
  });
});

describe('the overview of the whole graph', () => {
  const colours = { colouring: 'kind' as const, documents: [] };

  it("places nodes at the server's positions, y flipped, and one without a position at the centre", () => {
    const overview = overviewOf(
      { nodes: [node('a'), node('b')], edges: [], more: [] },
      new Map([['a', { x: 10, y: 20 }]]),
      colours,
      null,
    );
    const [a, b] = overview.nodes;
    expect([a?.x, a?.y]).toEqual([10, -20]);
    expect(Math.hypot(b?.x ?? 1, b?.y ?? 1)).toBe(0);
  });

  it('caps the size of a hub, so thousands of links do not cover its neighbours', () => {
    const leaves = Array.from({ length: 5000 }, (_, i) => node(`leaf${i}`));
    const overview = overviewOf(
      { nodes: [node('hub'), ...leaves], edges: leaves.map((l, i) => edge('hub', l.id, i)), more: [] },
      new Map(),
      colours,
      null,
    );
    const size = (id: string) => overview.nodes.find((n) => n.id === id)?.size ?? 0;
    expect(size('hub')).toBeGreaterThan(size('leaf0'));
    expect(size('hub')).toBe(MAX_NODE_SIZE);
  });

  it('finds the node under the pointer, the one drawn last where two overlap', () => {
    const overview = overviewOf(
      { nodes: [node('under'), node('over'), node('far')], edges: [], more: [] },
      new Map([
        ['under', { x: 0, y: 0 }],
        ['over', { x: 0, y: 0 }],
        ['far', { x: 500, y: 0 }],
      ]),
      colours,
      null,
    );
    const camera = { scale: 1, tx: 0, ty: 0 };
    expect(nodeAt(overview, camera, 1, 1, 1)?.id).toBe('over');
    expect(nodeAt(overview, camera, 1, 250, 0)).toBeNull();
  });
});
