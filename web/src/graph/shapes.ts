import type { Label } from '../api/types';

/** The overview's mark for each kind, as close to the other canvas's shapes (palette.ts) as a dot allows. */
export type Mark = 'circle' | 'square' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'vee';

export const KIND_MARK: Record<Label, Mark> = {
  Document: 'square',
  Provision: 'square',
  Recommendation: 'circle',
  Obligation: 'diamond',
  Actor: 'hexagon',
  RootCause: 'triangle',
  Instrument: 'star',
  Measure: 'vee',
};

const polygon = (path: Path2D, points: readonly [number, number][]): void => {
  const [first, ...rest] = points;
  if (!first) return;
  path.moveTo(first[0], first[1]);
  for (const [x, y] of rest) path.lineTo(x, y);
  path.closePath();
};

/** Points on a circle of radius r about (x, y), the first straight up. */
const ring = (x: number, y: number, r: number, n: number, turn = 0): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + turn + (2 * Math.PI * i) / n;
    return [x + r * Math.cos(a), y + r * Math.sin(a)];
  });

/** The corners of a polygonal mark of radius r centred on (x, y). */
function corners(
  mark: Exclude<Mark, 'circle' | 'square'>,
  x: number,
  y: number,
  r: number,
): [number, number][] {
  switch (mark) {
    case 'diamond':
      return ring(x, y, r * 1.1, 4);
    case 'hexagon':
      return ring(x, y, r, 6, Math.PI / 6);
    case 'triangle':
      return ring(x, y + r * 0.2, r * 1.2, 3);
    case 'star': {
      const inner = ring(x, y, r * 0.5, 5, Math.PI / 5);
      return ring(x, y, r * 1.25, 5).flatMap((p, i) => [p, inner[i] ?? p]);
    }
    case 'vee':
      return [
        [x - r, y - r],
        [x, y - r * 0.2],
        [x + r, y - r],
        [x, y + r],
      ];
  }
}

/** Adds the mark of radius r centred on (x, y) to the path. */
export function traceMark(path: Path2D, mark: Mark, x: number, y: number, r: number): void {
  if (mark === 'circle') {
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, 2 * Math.PI);
  } else if (mark === 'square') path.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
  else polygon(path, corners(mark, x, y, r));
}
