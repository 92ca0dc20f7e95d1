import { LABELS } from '../api/types';
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

export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {LABELS.map((label) => (
        <li key={label}>
          <span style={{ color: LABEL_STYLE[label].colour }} aria-hidden="true">
            {SHAPE_GLYPH[LABEL_STYLE[label].shape]}
          </span>{' '}
          {LABEL_STYLE[label].legend}
        </li>
      ))}
      <li>
        <span aria-hidden="true">⋯</span> “+N more”: tap to show more
      </li>
    </ul>
  );
}
