// Stage `segment`: cleaned lines → Provisions. The segmenter is chosen by the document's kind and
// the structure its text shows, never by its id: a resolution has a preamble and operative
// paragraphs; a text numbered 1..N is segmented by its numbers; anything else by its blocks.
import { ProvisionBuilder } from '../segment/builder';
import { segmentNumbered } from '../segment/numbered';
import { segmentResolution } from '../segment/resolution';
import { segmentUnnumbered } from '../segment/unnumbered';
import { cleanedOf } from '../products';
import { perDocument, type Stage } from '../stage';
import type { CleanedText, DocumentMeta, Provision } from '../types';

/**
 * Whether the text is numbered: paragraphs 1, 2, 3 … open lines in sequence, and the numbered run
 * spans most of the text (a numbered list inside a box does not make a numbered document).
 */
export function isNumbered(lines: readonly string[]): boolean {
  let next = 1;
  let first = -1;
  let last = -1;
  lines.forEach((l, i) => {
    const m = /^\s*(\d{1,3})[.,]\s+\p{Lu}/u.exec(l);
    if (!m || Number(m[1]) !== next) return;
    if (next === 1) first = i;
    last = i;
    next++;
  });
  return next > 10 && last - first > lines.length / 2;
}

/** Segments one cleaned document. */
export function segmentDocument(meta: DocumentMeta, cleaned: CleanedText): Provision[] {
  const b = new ProvisionBuilder(meta, cleaned);
  if (meta.kind === 'resolution') segmentResolution(cleaned.lines, b);
  else if (isNumbered(cleaned.lines)) segmentNumbered(cleaned.lines, b, { kind: 'paragraph' });
  else segmentUnnumbered(cleaned.lines, b);
  return b.build();
}

export const segment: Stage = perDocument(
  { name: 'segment', needs: ['cleaned'], gives: ['provisions'] },
  (doc) => ({ ...doc, provisions: segmentDocument(doc.meta, cleanedOf(doc)) }),
);
