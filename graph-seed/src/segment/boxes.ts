// The boxes (sidebars) of a document without paragraph numbers. ONTOLOGY's fact-sheet box rule:
// a box is one provision, its title, body and any closing "Source: …" line together. Three ways a
// sidebar is printed: a titled body closed by a "Source:" line; a titled list of short items that
// end no sentence (a list of instruments) with no source line at all; and titled quotations, each
// closed by its source without the word "Source:" ("Trafficking Protocol, article 6").
import { looksLikeTitle } from './headings';
import type { Piece } from './pieces';

export type Role = 'chapter' | 'section' | 'sub' | 'para' | 'bullet' | 'box';

const SOURCE = /^Sources?:/;
export const ENDS = /[.!?:;]["”’)]*$/;
/** Items a sidebar list needs at least, so a heading over one cut-off line is not read as one. */
const MIN_ITEMS = 3;
/** An item of a sidebar list is a title-sized entry: a few lines, never a page of prose. */
const ITEM_LINES = 4;
const ITEM_CHARS = 320;

export const isTitle = (p: Piece | undefined) =>
  p !== undefined &&
  p.lines.length <= 2 &&
  looksLikeTitle(p.text) &&
  p.text.length <= 120 &&
  !/^[•(\d]/.test(p.text);

/** A source closing a quotation: a title and the place in it ("…, para. 65", "article 10"). */
const LOCATOR =
  /(?:\bpara(?:graph)?s?\.?|\bart(?:icle)?s?\.?|\bguidelines?|\bprinciples?|\brules?)\s*\d[\d.]*$/;
/** Lines a quotation's source may take. */
const SOURCE_LINES = 4;

/** A passage closed by its source: lines after the last one ending a sentence name where it is from. */
function closesWithSource(p: Piece): boolean {
  const texts = p.texts.map((t) => t.trim());
  let k = texts.length - 1;
  while (k > 0 && !ENDS.test(texts[k - 1]!)) k--;
  const source = texts.slice(k).join(' ');
  return k > 0 && texts.length - k <= SOURCE_LINES && /^\p{Lu}/u.test(source) && LOCATOR.test(source);
}

/** Marks the pieces of each box closed by a "Source:" line: from its title back from that line. */
function markSourceBoxes(pieces: readonly Piece[], roles: Role[], boxEnd: Map<number, number>): void {
  pieces.forEach((p, s) => {
    if (!SOURCE.test(p.text)) return;
    let start = s;
    for (let k = s - 1; k >= 0 && s - k < 80; k--) {
      if (roles[k] === 'chapter' || roles[k] === 'section' || roles[k] === 'box') break;
      start = k;
      if (!isTitle(pieces[k])) continue;
      if (isTitle(pieces[k - 1])) continue; // a box title right above an inner heading
      if (roles[k - 1] === 'bullet' && roles[k + 1] === 'bullet') continue; // inner heading
      break;
    }
    for (let k = start; k <= s; k++) roles[k] = 'box';
    boxEnd.set(start, s);
  });
}

/** An entry of a list set apart: starts high, ends no sentence, and is short. */
const isItem = (p: Piece, role: Role) =>
  (role === 'sub' || role === 'para') &&
  /^[\p{Lu}\d“"‘]/u.test(p.text) &&
  !ENDS.test(p.text) &&
  p.lines.length <= ITEM_LINES &&
  p.text.length <= ITEM_CHARS;

/** Marks each titled list of at least MIN_ITEMS items that no sentence of prose stands in. */
function markListBoxes(pieces: readonly Piece[], roles: Role[], boxEnd: Map<number, number>): void {
  for (let i = 0; i < pieces.length; i++) {
    if (roles[i] === 'box' || roles[i] === 'chapter' || roles[i] === 'section') continue;
    if (!isTitle(pieces[i]) || (i > 0 && isTitle(pieces[i - 1]) && roles[i - 1] !== 'box')) continue;
    let end = i;
    while (end + 1 < pieces.length && isItem(pieces[end + 1]!, roles[end + 1]!)) end++;
    if (end - i < MIN_ITEMS) continue;
    for (let k = i; k <= end; k++) roles[k] = 'box';
    boxEnd.set(i, end);
    i = end;
  }
}

/** Marks each titled run of at least two quotations closed by their sources. */
function markQuotationBoxes(pieces: readonly Piece[], roles: Role[], boxEnd: Map<number, number>): void {
  for (let i = 0; i < pieces.length; i++) {
    if (roles[i] === 'box' || !isTitle(pieces[i])) continue;
    let end = i;
    while (end + 1 < pieces.length && roles[end + 1] === 'para' && closesWithSource(pieces[end + 1]!)) end++;
    if (end - i < 2) continue;
    for (let k = i; k <= end; k++) roles[k] = 'box';
    boxEnd.set(i, end);
    i = end;
  }
}

/** Marks the box pieces in `roles`; returns where each box starts and ends (piece indexes). */
export function markBoxes(pieces: readonly Piece[], roles: Role[]): Map<number, number> {
  const boxEnd = new Map<number, number>();
  markSourceBoxes(pieces, roles, boxEnd);
  markQuotationBoxes(pieces, roles, boxEnd);
  markListBoxes(pieces, roles, boxEnd);
  return boxEnd;
}
