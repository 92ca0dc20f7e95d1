import { LABELS } from '../api/types';
import type { LegendEntry } from '../graph/colouring';
import { LABEL_STYLE } from '../graph/palette';

const SHAPE_GLYPH: Record<string, string> = {
  'round-rectangle': '▢',
  rectangle: '■',
  ellipse: '●',
  diamond: '◆',
  hexagon: '⬢',
  triangle: '▲',
  star: '★',
};

/** Shapes (and kind colours), the colours of the current colouring, and what size and names mean. */
export function Legend({
  colours = [],
  crowded = false,
}: {
  colours?: readonly LegendEntry[];
  crowded?: boolean;
}) {
  return (
    <ul className="legend" aria-label="Legend">
      {LABELS.map((label) => (
        <li key={label}>
          <span style={{ color: colours.length ? '#57606a' : LABEL_STYLE[label].colour }} aria-hidden="true">
            {SHAPE_GLYPH[LABEL_STYLE[label].shape]}
          </span>{' '}
          {LABEL_STYLE[label].legend}
        </li>
      ))}
      {colours.map((c) => (
        <li key={c.title}>
          <span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> {c.title}
        </li>
      ))}
      <li>
        <span aria-hidden="true">⋯</span> “+N more”: tap to show more
      </li>
      <li>Size: number of links{crowded ? '; only the best-linked nodes are named' : ''}</li>
    </ul>
  );
}
