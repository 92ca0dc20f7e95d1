/** Where the overview looks: screen = world × scale + (tx, ty), in CSS pixels. */
export interface Camera {
  scale: number;
  tx: number;
  ty: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 20;

export function boundsOf(points: Iterable<{ x: number; y: number }>): Box | null {
  let box: Box | null = null;
  for (const { x, y } of points) {
    if (!box) box = { x1: x, y1: y, x2: x, y2: y };
    else {
      box.x1 = Math.min(box.x1, x);
      box.y1 = Math.min(box.y1, y);
      box.x2 = Math.max(box.x2, x);
      box.y2 = Math.max(box.y2, y);
    }
  }
  return box;
}

/** The camera that shows the whole box in a width × height canvas, `pad` pixels from each side. */
export function fitCamera(box: Box | null, width: number, height: number, pad = 30): Camera {
  if (!box) return { scale: 1, tx: width / 2, ty: height / 2 };
  const scale = Math.min(
    (width - 2 * pad) / Math.max(1, box.x2 - box.x1),
    (height - 2 * pad) / Math.max(1, box.y2 - box.y1),
  );
  const s = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale));
  return {
    scale: s,
    tx: width / 2 - (s * (box.x1 + box.x2)) / 2,
    ty: height / 2 - (s * (box.y1 + box.y2)) / 2,
  };
}

/** Zooms by `factor` keeping the screen point (px, py) over the same world point. */
export function zoomAt(camera: Camera, factor: number, px: number, py: number): Camera {
  const scale = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, camera.scale * factor));
  const k = scale / camera.scale;
  return { scale, tx: px - (px - camera.tx) * k, ty: py - (py - camera.ty) * k };
}

export const toScreen = (c: Camera, x: number, y: number): [number, number] => [
  x * c.scale + c.tx,
  y * c.scale + c.ty,
];
