// The blocks of a blank-line separated layout, cut further where a block holds several things: a
// bullet list (each `•` starts a piece) or a heading printed straight above its text.
import { looksLikeTitle, numberedHeading } from './headings';

const CONNECTOR = /\b(?:and|or|of|to|the|for|in|on|with|a|an)$/;

/** Consecutive lines that belong together; `texts` are the lines as they stand. */
export interface Piece {
  lines: number[];
  texts: string[];
  /** The piece as one line. */
  text: string;
}

const piece = (lines: number[], texts: string[]): Piece => ({
  lines,
  texts,
  text: texts
    .map((t) => t.trim())
    .join(' ')
    .replace(/\s+/g, ' '),
});

/** Where a heading printed on the lines just above its text ends (0 when the block has none). */
function headingLength(texts: readonly string[]): number {
  if (texts.length < 2) return 0;
  if (numberedHeading(texts[0]!)) {
    // A numbered heading runs on while a line ends on a connecting word or the next starts low.
    let h = 1;
    while (h < texts.length && (CONNECTOR.test(texts[h - 1]!.trim()) || /^\p{Ll}/u.test(texts[h]!.trim())))
      h++;
    return h < texts.length ? h : 0;
  }
  for (let k = 1; k <= 2 && k < texts.length; k++) {
    const head = texts.slice(0, k).join(' ');
    const last = texts[k - 1]!.trim();
    const glued = last.length <= 45 && /^\p{Lu}/u.test(texts[k]!.trim()) && looksLikeTitle(head);
    if (glued && !/^[•(\d]/.test(head.trim())) return k;
    if (!CONNECTOR.test(last)) break;
  }
  return 0;
}

/** Splits lines into pieces. */
export function splitPieces(lines: readonly string[]): Piece[] {
  const out: Piece[] = [];
  let idx: number[] = [];
  let txt: string[] = [];
  const flush = () => {
    if (idx.length === 0) return;
    const h = headingLength(txt);
    if (h > 0) out.push(piece(idx.slice(0, h), txt.slice(0, h)));
    if (h < idx.length) out.push(piece(idx.slice(h), txt.slice(h)));
    idx = [];
    txt = [];
  };
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t === '') {
      flush();
      return;
    }
    // A bullet opens a piece; so does an `(a)` item, unless it continues a sentence the line
    // above left open ("the factors that (a) increase …").
    const item = /^\(\p{Ll}{1,4}\)\s/u.test(t) && /[.:;]$/.test(txt[txt.length - 1]?.trim() ?? '.');
    if (t.startsWith('•') || item) flush();
    idx.push(i);
    txt.push(line);
  });
  flush();
  return out;
}
