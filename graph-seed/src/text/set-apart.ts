// Notes and sidebars that a double-spaced layout sets solid: see setApartSolidBlocks.
import type { BodyLine, RawNote } from './footnotes';

const LEADING_SPACE = /^\s+\S/;
/** A paragraph number, a chapter or section label, or a lettered item opening a line. */
const STRUCTURAL = /^(?:\d{1,3}[.,]\s|[IVX]+\.\s|[A-Z]\.\s|\([a-z]{1,4}\)\s)/;
/**
 * In a double-spaced layout the body has an empty line after every line; a block of three or more
 * lines set solid, standing after a finished sentence and carrying no number or marker, is a note
 * or sidebar set apart from the body (its marker lost). Moves such blocks from the body to the notes.
 */
export function setApartSolidBlocks(body: BodyLine[], notes: RawNote[]): BodyLine[] {
  const out: BodyLine[] = [];
  let i = 0;
  while (i < body.length) {
    // A run ends at an empty line or where the next page begins.
    let j = i;
    while (j < body.length && body[j]!.text.trim() !== '' && (j === i || !body[j]!.pageBreak)) j++;
    const run = body.slice(i, j);
    const stop = body[j] !== undefined && body[j]!.text.trim() === '';
    const prev = out.findLast((l) => l.text.trim() !== '');
    const solid =
      run.length >= 3 &&
      run.every((l) => l.markers.length === 0 && !LEADING_SPACE.test(l.text)) &&
      /^\p{Lu}/u.test(run[0]!.text.trim()) &&
      !STRUCTURAL.test(run[0]!.text.trim()) &&
      (prev === undefined || /[.;:]\s*$/.test(prev.text));
    if (solid) {
      const at = out.length;
      const k = notes.findIndex((n) => n.at > at);
      notes.splice(k < 0 ? notes.length : k, 0, { number: null, lines: run.map((l) => l.text.trim()), at });
      if (body[j]) body[j]!.pageBreak = true;
    } else out.push(...run);
    if (run.length === 0 && !stop && body[j]) out.push(body[j]!);
    if (stop) out.push(body[j]!);
    i = stop ? j + 1 : Math.max(j, i + 1);
  }
  return out;
}
