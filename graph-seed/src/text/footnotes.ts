// Separates footnote bodies from body text. Two layouts occur: UN documents open the footnote area
// of a page with a rule (`_____`), each note led by its number; single-spaced and OCR'd documents
// have no rule, and the notes are the blocks at the bottom of a page led by a number or by the
// symbol OCR made of it. Either way the area ends where the next page begins.
import { BARE_NUMBER, furnitureKind } from './furniture';

/** A body line with what the layout pass learnt about it. */
export interface BodyLine {
  text: string;
  /** A page boundary (furniture or a footnote area) lies just before this line. */
  pageBreak: boolean;
  /** Footnote numbers whose markers stood on this line. */
  markers: string[];
}

/** A footnote body as found; `number` is null where OCR lost it. `at` = body lines before it. */
export interface RawNote {
  number: string | null;
  lines: string[];
  at: number;
}

const RULED_ENTRY = /^\s*(\d{1,3})\s{2,}(\S.*)$/;
/** A note label: a number, or one or two symbols OCR made of it (`%`, `¥`, `5t`, `4%`). */
const LABEL = /^(?:(\d{1,3})[a-z%]?|[^\p{L}\p{N}\s([•—–.,;:-]{1,2}\d{0,2})\s+\S/u;
const STRUCTURAL = /^(?:\d{1,3}[.,]\s|[IVX]+\.\s|[A-Z]\.\s|\([a-z]{1,4}\)\s)/;
const NUMBERED_PARAGRAPH = /^\d{1,3}[.,]\s/;
const HEADING_LIKE = /^(?:[IVXL1l]{1,5}\.|[A-Z]\.|Box \d+)$/;
const LEADING_SPACE = /^\s+\S/;

const isBlank = (s: string | undefined) => s === undefined || s.trim() === '';
const isGarble = (s: string) => {
  const t = s.trim();
  return !HEADING_LIKE.test(t) && t.split(/\s+/).every((w) => w.length <= 3) && !/[.:;]$/.test(t);
};

/** Whether the text has ruled footnote areas (UN layout). */
export const hasRuledNotes = (lines: readonly string[]) => lines.some((l) => furnitureKind(l) === 'rule');

function startsLabelZone(lines: readonly string[], i: number): boolean {
  const t = lines[i]!.trim();
  if (t === '' || NUMBERED_PARAGRAPH.test(t) || HEADING_LIKE.test(t)) return false;
  if (BARE_NUMBER.test(t)) {
    // A bare number opens the notes when a note follows it; under a running header, or before a
    // heading or running text, it is a page number.
    const next = lines
      .slice(i + 1)
      .find((l) => !isBlank(l))
      ?.trim();
    const prev = lines.slice(0, i).findLast((l) => !isBlank(l));
    if (next === undefined || (prev !== undefined && furnitureKind(prev) !== null)) return false;
    return !/^\p{Ll}/u.test(next) && !STRUCTURAL.test(next) && furnitureKind(next) === null;
  }
  return LABEL.test(t) || (isGarble(t) && isBlank(lines[i + 1]));
}

/** In a label zone, a line with leading space begins the next page unless it reads like a note. */
function endsLabelZone(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (furnitureKind(line) !== null) return true;
  if (!LEADING_SPACE.test(line)) return false;
  const t = line.trim();
  const noteLike = isBlank(lines[i + 1]) && /[.]$/.test(t) && /^\p{Lu}/u.test(t) && !HEADING_LIKE.test(t);
  return !noteLike;
}

/** Splits raw lines into body lines and footnote bodies, dropping page furniture. */
export function splitFootnotes(
  lines: readonly string[],
  garbled: boolean,
): { body: BodyLine[]; notes: RawNote[] } {
  const ruled = hasRuledNotes(lines);
  const body: BodyLine[] = [];
  const notes: RawNote[] = [];
  let pageBreak = false;
  let zone: 'none' | 'ruled' | 'label' = 'none';
  let pendingNumber: string | null = null;
  let firstInZone = false;
  let zoneStart = -1;
  const addNote = (number: string | null, text: string) =>
    notes.push({ number, lines: [text], at: body.length });
  /** Continues the current note; text before any note starts one (never dropped). */
  const appendToNote = (text: string) => {
    const note = notes[notes.length - 1];
    if (note && note.at === body.length) note.lines.push(text);
    else addNote(pendingNumber, text);
  };
  const toBody = (text: string) => {
    body.push({ text, pageBreak, markers: [] });
    pageBreak = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = furnitureKind(line);
    if (zone === 'ruled') {
      const entry = RULED_ENTRY.exec(line);
      const bare = BARE_NUMBER.exec(line);
      if (isBlank(line)) continue;
      if (kind === 'url') appendToNote(line.trim());
      else if (kind !== null) zone = 'none';
      else if (bare) pendingNumber = bare[1]!;
      else if (entry) addNote(entry[1]!, entry[2]!);
      else if (pendingNumber !== null || firstInZone) addNote(pendingNumber, line.trim());
      else if (LEADING_SPACE.test(line) || NUMBERED_PARAGRAPH.test(line)) zone = 'none';
      else appendToNote(line.trim());
      if (zone === 'ruled') {
        if (!bare) pendingNumber = null;
        firstInZone = false;
        continue;
      }
      pageBreak = true;
      if (kind !== null) continue;
    } else if (zone === 'label') {
      if (i !== zoneStart && endsLabelZone(lines, i)) {
        zone = 'none';
        pageBreak = true;
        if (kind !== null) continue;
      } else {
        const t = line.trim();
        const blockStart = isBlank(lines[i - 1]);
        const label = LABEL.exec(t);
        if (isBlank(line)) continue;
        if (blockStart && BARE_NUMBER.test(t)) pendingNumber = BARE_NUMBER.exec(t)![1]!;
        else if (blockStart && label && !NUMBERED_PARAGRAPH.test(t)) {
          addNote(label[1] ?? pendingNumber, t.replace(/^\S+\s+/, ''));
          pendingNumber = null;
        } else if (blockStart && isGarble(t)) continue;
        else if (!blockStart && /^\d{1,3}\s+[\p{Lu}“"]/u.test(t))
          addNote(label?.[1] ?? null, t.replace(/^\S+\s+/, ''));
        else if (!blockStart || (garbled && /^[(\p{Ll}]/u.test(t))) appendToNote(t);
        else if (!garbled) {
          // Unlabelled text after the notes (a box drawn after them): the notes are over.
          zone = 'none';
          pageBreak = true;
        } else {
          addNote(pendingNumber, t);
          pendingNumber = null;
        }
        if (zone === 'label') continue;
      }
    }
    // Body.
    if (kind === 'rule' && ruled) {
      zone = 'ruled';
      firstInZone = true;
      pendingNumber = null;
      continue;
    }
    if (kind !== null) {
      pageBreak = true;
      continue;
    }
    const bare = BARE_NUMBER.exec(line);
    if (bare) {
      const prev = body[body.length - 1];
      if (ruled && !isBlank(lines[i - 1]) && prev && !isBlank(prev.text)) {
        prev.markers.push(bare[1]!);
        continue;
      }
      if (!ruled && isBlank(lines[i - 1]) && startsLabelZone(lines, i)) {
        zone = 'label';
        pendingNumber = bare[1]!;
        continue;
      }
      pageBreak = true;
      continue;
    }
    if (!ruled && isBlank(lines[i - 1]) && body.length > 0 && startsLabelZone(lines, i)) {
      zone = 'label';
      pendingNumber = null;
      zoneStart = i;
      i--;
      continue;
    }
    if (LEADING_SPACE.test(line)) pageBreak = true;
    toBody(line);
  }
  return { body, notes };
}
