// Footnote markers inside body lines. Markers come in reading order, so a number is taken for a
// marker only where it is the next footnote expected (or a little past it, when one was lost): a
// number in running text ("resolution 73/195 of 19 December") is never the next footnote by chance
// in a marker position. OCR turns superscript markers into symbols (`girls.!`, `system.?`,
// `States,*`); those are recognised by shape after a word's closing punctuation.
import type { BodyLine } from './footnotes';

/** Superscript digit glued to a word or its punctuation: `thereto19`, `,9`, `(No. 29)21`, `.”2`. */
const GLUED = /(?<=[\p{L})”’"][.,;:]?[”’"]?)(\d{1,3})(?=[\s,;:]|[.](?!\d)|$)/gu;
/** Spaced superscript: `Crime 1  and`, `Development, 12  inter alia`, `Secretary-General, 17` (line end). */
const SPACED = /(?<=\S) (\d{1,3})(?= {2,}|\s*$)/gu;
/** OCR'd marker after a word or its closing punctuation: `girls.!`, `trafficked.'>`, `rights. 3’`. */
const GARBLED =
  /(?<=\p{L}|\p{L}[.,;:)]|\p{L}[.,;:)]?[”’"])( ?)([!?®*%'’>°§¥€©\d][!?®*%'’>°§¥€©\d”"]{0,2})(?=\s|$)/gu;
const GLYPH = /[!?®*%>°§¥€©]/;

/** Whether a text shows OCR-garbled markers (a handful of `word.!` shapes is proof enough). */
export function hasGarbledMarkers(text: string): boolean {
  return (text.match(/\p{Ll}[.,][®*%!?]{1,2}(?=\s|$)/gmu) ?? []).length >= 5;
}

interface Candidate {
  start: number;
  end: number;
  /** The printed number, or null for an OCR symbol. */
  number: number | null;
}

/** Words a number belongs to in running text: `No. 1`, `para. 24`, `article 6`, `Goal 5`. */
const REFERENCE_WORD =
  /\b(?:Nos?|paras?|arts?|articles?|vols?|pp?|chaps?|sects?|guidelines?|principles?|Goals?|targets?|resolutions?|annex|rule|Part|page|Section|Chapter|Article|Recommendation|Convention|Protocol)\.?\s*$/i;

function numericCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const re of [SPACED, GLUED]) {
    for (const m of text.matchAll(re)) {
      if (REFERENCE_WORD.test(text.slice(0, m.index + m[0].length - m[1]!.length))) continue;
      const start = m.index + m[0].length - m[1]!.length;
      found.push({ start: m.index, end: start + m[1]!.length, number: Number(m[1]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function garbledCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(GARBLED)) {
    const [whole, space, run] = m as unknown as [string, string, string];
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const atEnd = text.slice(m.index + whole.length).trim() === '';
    const digits = /^\d+$/.test(run);
    const afterStop = /[.,;:)][”’"]?$/.test(before) || /[.,;:)]$/.test(before);
    // A lone quote or digit run is a marker only after closing punctuation; a spaced one only at a
    // line end or when it holds a symbol OCR never puts in running text.
    if (!GLYPH.test(run) && !afterStop) continue;
    if (space && !atEnd && !GLYPH.test(run) && !/\d[’']$/.test(run)) continue;
    if (digits && space && !atEnd) continue;
    found.push({ start: m.index, end: m.index + whole.length, number: digits ? Number(run) : null });
  }
  return found;
}

/**
 * Removes inline markers from the lines (in place), recording their numbers on the line.
 * `numbers` are the footnote numbers known from the bodies; with `garbled`, OCR'd symbol markers
 * are taken too and numbered in sequence.
 */
export function stripMarkers(lines: BodyLine[], numbers: readonly number[], garbled: boolean): void {
  const known = new Set(numbers);
  const last = numbers.length ? Math.max(...numbers) : 0;
  let expected = 1;
  for (const line of lines) {
    for (const m of line.markers) expected = Math.max(expected, Number(m) + 1);
    if (last === 0) continue;
    const taken: Candidate[] = [];
    for (const c of garbled ? garbledCandidates(line.text) : numericCandidates(line.text)) {
      if (taken.some((t) => c.start < t.end)) continue;
      if (c.number !== null && !garbled) {
        if (c.number < expected || c.number > expected + 2 || !known.has(c.number)) continue;
      }
      const n = c.number !== null && c.number >= expected && c.number <= expected + 2 ? c.number : expected;
      expected = n + 1;
      line.markers.push(String(n));
      taken.push(c);
    }
    for (const c of taken.reverse()) line.text = line.text.slice(0, c.start) + line.text.slice(c.end);
  }
}

/**
 * Renumbers OCR'd markers page by page: the markers standing before a page's footnote area are
 * that area's notes, in order. A marker OCR lost (or one it invented) then shifts the numbering
 * of one page only, never of the rest of the document.
 */
export function alignMarkersToNotes(
  lines: BodyLine[],
  notes: ReadonlyArray<{ number: string; at: number }>,
): void {
  const zones = [...new Set(notes.map((n) => n.at))].sort((a, b) => a - b);
  let z = 0;
  let taken = 0;
  lines.forEach((line, i) => {
    while (z < zones.length && zones[z]! <= i) {
      z++;
      taken = 0;
    }
    if (line.markers.length === 0 || z >= zones.length) return;
    const here = notes.filter((n) => n.at === zones[z]);
    line.markers = line.markers.map((m) => {
      const note = here[Math.min(taken, here.length - 1)];
      taken++;
      return note?.number ?? m;
    });
  });
}
