import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../graph-seed/src/stages/clean';
import { furnitureKind } from '../../graph-seed/src/text/furniture';
import { corpusVocabulary, manifest, raw } from './corpus';

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, '');
/** Words a link removal may take with it from a footnote ("See www…", "Available from http…"). */
const LINK_WORDS = new Set(['see', 'available', 'from']);

/** The words of a window of raw lines that are body or footnote text (not furniture, not links). */
function textWords(lines: readonly string[]): string[] {
  return lines
    .filter((l) => furnitureKind(l) === null)
    .flatMap((l) => l.split(/\s+/))
    .filter((w) => !/https?:|www\.|[/_]|\.(?:pdf|html?|aspx)/.test(w))
    .map(letters)
    .filter((w) => w.length >= 3 && !LINK_WORDS.has(w));
}

const documents = manifest.map((m) => raw(m.id).split('\n'));

describe('clean (property)', () => {
  it('never drops a word of body text from any window of any corpus document', () => {
    const window = fc
      .integer({ min: 0, max: documents.length - 1 })
      .chain((d) =>
        fc
          .tuple(fc.nat({ max: documents[d]!.length - 1 }), fc.integer({ min: 1, max: 120 }))
          .map(([start, size]) => documents[d]!.slice(start, start + size)),
      );
    fc.assert(
      fc.property(window, (lines) => {
        const cleaned = cleanText(lines.join('\n'), corpusVocabulary());
        const kept = letters([...cleaned.lines, ...cleaned.footnotes.map((f) => f.text)].join(' '));
        for (const word of textWords(lines)) expect(kept, word).toContain(word);
      }),
      { numRuns: 200 },
    );
  });
});
