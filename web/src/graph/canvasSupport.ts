// What the browser can draw with: asked once each, only when a canvas needs to know.

let twoD: boolean | undefined;
let webgl: boolean | undefined;

/** True where a 2D canvas can be drawn on (not in a locked-down browser or jsdom). */
export function canDraw2D(): boolean {
  if (twoD === undefined) {
    try {
      twoD = Boolean(document.createElement('canvas').getContext('2d'));
    } catch {
      twoD = false;
    }
  }
  return twoD;
}

/** True where the browser offers WebGL (creating a context is not free: asked only for large graphs). */
export function canUseWebGL(): boolean {
  if (webgl === undefined) {
    try {
      const canvas = document.createElement('canvas');
      webgl = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    } catch {
      webgl = false;
    }
  }
  return webgl;
}
