// Stage `clean`: raw PDF extraction → body lines free of page furniture and footnotes (see
// CleanedText). Pure: the corpus vocabulary that decides hyphens comes from the state itself.
import { perDocument, type Stage } from '../stage';
import { normalizeSpacing, repairSplitWords } from '../text/dehyphenate';
import { type RawNote, splitFootnotes } from '../text/footnotes';
import { alignMarkersToNotes, hasGarbledMarkers, stripMarkers } from '../text/markers';
import { footnoteProse } from '../text/reflow';
import { setApartSolidBlocks } from '../text/set-apart';
import { isDoubleSpaced, rejoinBrokenWords, stitchPages } from '../text/stitch';
import { buildVocabulary, type Vocabulary } from '../text/vocabulary';
import type { CleanedText, DocumentState } from '../types';

/** Splits a raw text into lines, unifying the white space PDF extraction leaves. */
export function rawLines(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\u00ad/g, '')
    .split('\n')
    .map((l) => l.trimEnd());
}

/**
 * Gives every note a number: printed ones as printed, lost ones next in sequence. OCR'd labels
 * are not trusted: there the notes are numbered in order, as their garbled markers are.
 */
function numberNotes(notes: readonly RawNote[], garbled: boolean): Array<RawNote & { number: string }> {
  let next = 1;
  return notes.map((n) => {
    const printed = n.number === null || garbled ? null : Number(n.number);
    const number = printed !== null && printed >= next - 1 && printed <= next + 3 ? printed : next;
    next = number + 1;
    return { ...n, number: String(number) };
  });
}

/** Cleans one raw text with the given vocabulary. */
export function cleanText(raw: string, vocab: Vocabulary): CleanedText {
  const lines = rawLines(raw);
  const garbled = hasGarbledMarkers(raw);
  const split = splitFootnotes(lines, garbled);
  const notes = split.notes;
  const doubleSpaced = isDoubleSpaced(lines);
  const body = doubleSpaced ? setApartSolidBlocks(split.body, notes) : split.body;
  const numbered = numberNotes(notes, garbled);
  stripMarkers(
    body,
    numbered.map((n) => Number(n.number)),
    garbled,
  );
  if (garbled) alignMarkersToNotes(body, numbered);
  // Footnote positions are counted in body lines; keep a handle on the line each note followed.
  const anchors = numbered.map((n) => body[Math.max(0, n.at - 1)]);
  const stitched = rejoinBrokenWords(stitchPages(body, doubleSpaced), vocab);
  for (const line of stitched) line.text = normalizeSpacing(repairSplitWords(line.text, vocab));
  const index = new Map(stitched.map((l, i) => [l, i]));
  const markers = stitched.flatMap((l, i) => l.markers.map((number) => ({ line: i, number })));
  const footnotes = numbered.map((n, k) => {
    let at = anchors[k];
    // The anchor may have been dropped (an emptied line): fall back to the nearest earlier kept line.
    for (let j = n.at - 1; at !== undefined && !index.has(at) && j > 0; j--) at = body[j - 1];
    const noteLines = rejoinBrokenWords(
      n.lines.map((text) => ({ text, pageBreak: false, markers: [] })),
      vocab,
    ).map((l) => repairSplitWords(l.text, vocab));
    return { number: n.number, text: footnoteProse(noteLines), line: at ? (index.get(at) ?? 0) : 0 };
  });
  return { lines: stitched.map((l) => l.text), footnotes, markers };
}

const vocabularies = new WeakMap<object, Vocabulary>();

/** The vocabulary of the whole corpus in the state, built once per state. */
function corpusVocabulary(documents: readonly DocumentState[]): Vocabulary {
  let vocab = vocabularies.get(documents);
  if (!vocab) {
    vocab = buildVocabulary(documents.map((d) => d.raw));
    vocabularies.set(documents, vocab);
  }
  return vocab;
}

export const clean: Stage = perDocument({ name: 'clean', needs: [], gives: ['cleaned'] }, (doc, state) => ({
  ...doc,
  cleaned: cleanText(doc.raw, corpusVocabulary(state.documents)),
}));
