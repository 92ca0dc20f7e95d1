import type { Core } from 'cytoscape';
import { LABELS } from '../api/types';
import type { LegendEntry } from '../graph/colouring';
import { LABEL_STYLE } from '../graph/palette';

/** What frames an exported picture: a title, the legend, and a source line under it. */
export interface Frame {
  title: string;
  /** Colours in use (document or community); the node kinds (shape + colour) are always listed. */
  colours: readonly LegendEntry[];
  source: string;
  /** Kinds drawn, for the shape legend. */
  kinds: readonly string[];
}

const TITLE_H = 56;
const ROW_H = 24;
const SOURCE_H = 36;
const COLUMN_W = 300;

const esc = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The legend as rows of (swatch colour, shape, text), kinds first. */
export function legendEntries(frame: Frame): { colour: string; shape: string; title: string }[] {
  const kinds = LABELS.filter((l) => frame.kinds.includes(l)).map((l) => ({
    colour: LABEL_STYLE[l].colour,
    shape: LABEL_STYLE[l].shape,
    title: LABEL_STYLE[l].legend,
  }));
  return [...kinds, ...frame.colours.map((c) => ({ colour: c.colour, shape: 'square', title: c.title }))];
}

export function frameSize(width: number, height: number, frame: Frame) {
  const columns = Math.max(1, Math.floor(width / COLUMN_W));
  const rows = Math.ceil(legendEntries(frame).length / columns);
  return { columns, legendTop: TITLE_H + height + 8, total: TITLE_H + height + 16 + rows * ROW_H + SOURCE_H };
}

/**
 * The canvas's SVG inside a figure with a viewBox: title on top, the graph, then the legend and the
 * source line, so the file stands alone in a publication.
 */
export function svgFigure(inner: string, width: number, height: number, frame: Frame): string {
  const w = Math.max(width, COLUMN_W * 2);
  const { columns, legendTop, total } = frameSize(w, height, frame);
  const graph = inner
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/<!DOCTYPE[^>]*>\s*/, '')
    .replace(/<svg\b/, `<svg x="${(w - width) / 2}" y="${TITLE_H}"`);
  const legend = legendEntries(frame)
    .map((e, i) => {
      const x = 16 + (i % columns) * COLUMN_W;
      const y = legendTop + Math.floor(i / columns) * ROW_H;
      return `<rect x="${x}" y="${y}" width="14" height="14" rx="${e.shape === 'ellipse' ? 7 : 2}" fill="${e.colour}" stroke="#1f2328"/><text x="${x + 22}" y="${y + 12}" font-size="14">${esc(e.title)}</text>`;
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${w} ${total}" width="${w}" height="${total}" font-family="system-ui, sans-serif">`,
    `<rect width="${w}" height="${total}" fill="#ffffff"/>`,
    `<text x="16" y="36" font-size="22" font-weight="600">${esc(frame.title)}</text>`,
    graph,
    legend,
    `<text x="16" y="${total - 14}" font-size="12" fill="#57606a">${esc(frame.source)}</text>`,
    '</svg>',
  ].join('\n');
}

/** Runs `draw` with the "+N more" placeholders hidden: an exported figure shows only real nodes. */
export async function withoutPlaceholders<T>(cy: Core, draw: () => T | Promise<T>): Promise<T> {
  const more = cy.nodes('.More');
  more.style('display', 'none');
  try {
    return await draw();
  } finally {
    more.removeStyle('display');
  }
}

const image = (src: string): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the canvas image could not be read'));
    img.src = src;
  });

/** Pictures are taken at twice their size on screen, so a figure stays sharp when printed. */
export const FIGURE_SCALE = 2;

/** The canvas picture (scale 2) framed with title, legend and source line, as a PNG. */
export async function pngFigure(cy: Core, frame: Frame): Promise<Blob> {
  const uri = await withoutPlaceholders(cy, () =>
    cy.png({ output: 'base64uri', full: true, scale: FIGURE_SCALE, bg: '#ffffff' }),
  );
  return framedPng(uri, frame);
}

/** A picture of the graph (a data URI at FIGURE_SCALE) framed with title, legend and source line, as a PNG. */
export async function framedPng(uri: string, frame: Frame): Promise<Blob> {
  const scale = FIGURE_SCALE;
  const img = await image(uri);
  const width = img.width / scale;
  const height = img.height / scale;
  const w = Math.max(width, COLUMN_W * 2);
  const { columns, legendTop, total } = frameSize(w, height, frame);
  const canvas = document.createElement('canvas');
  canvas.width = w * scale;
  canvas.height = total * scale;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas to draw the figure on');
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, w, total);
  g.fillStyle = '#1f2328';
  g.font = '600 22px system-ui, sans-serif';
  g.fillText(frame.title, 16, 36);
  g.drawImage(img, (w - width) / 2, TITLE_H, width, height);
  g.font = '14px system-ui, sans-serif';
  legendEntries(frame).forEach((e, i) => {
    const x = 16 + (i % columns) * COLUMN_W;
    const y = legendTop + Math.floor(i / columns) * ROW_H;
    g.fillStyle = e.colour;
    g.fillRect(x, y, 14, 14);
    g.strokeStyle = '#1f2328';
    g.strokeRect(x, y, 14, 14);
    g.fillStyle = '#1f2328';
    g.fillText(e.title, x + 22, y + 12);
  });
  g.fillStyle = '#57606a';
  g.font = '12px system-ui, sans-serif';
  g.fillText(frame.source, 16, total - 14);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
