// A corpus ×N for scale tests, made on the fly and never committed: copy k of each real document
// gets a new id (`<id>-x<k>`), symbol and year, and its provisions recombined — whole paragraphs of
// the text are rotated by a copy-specific offset — so the pipeline sees N× the documents, the same
// kinds of structure and a realistic (shared) domain vocabulary. Copy 0 is the real document.
// What repeated text does to the measurement (so the figures are read for what they are): the work
// per document is real, but the corpus vocabulary stays that of five documents (its counts ×N, so the
// clean stage's "seen once" fragment test rarely fires), and every recommendation has N−1 verbatim
// twins, so similarity finds score-1 pairs and its candidate caps (stages/overlap.ts) are reached
// from ×100 on. Neither makes a stage look worse than linear; a real corpus ×N would have a larger
// vocabulary and fewer twins. Only the byte count, ids, symbols and years are new.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CORPUS_DIR } from '@atlas/graph-seed';

interface ManifestEntry {
  id: string;
  file: string;
  symbol: string;
  year: number;
  [key: string]: unknown;
}

/**
 * Rotates the body's blank-line-separated blocks by `shift`, keeping the first block (the document's
 * heading and front matter) in place, so segmentation still finds a document start. Paragraph
 * numbers move with their text: the pipeline meets provisions in a new order, not new provisions.
 */
function recombine(text: string, shift: number): string {
  const blocks = text.split(/\n\s*\n/);
  if (blocks.length < 4 || shift === 0) return text;
  const [head, ...body] = blocks;
  const s = shift % body.length;
  return [head, ...body.slice(s), ...body.slice(0, s)].join('\n\n');
}

export interface GeneratedCorpus {
  dir: string;
  documents: number;
  bytes: number;
}

/** Writes the corpus ×factor into `dir` (emptied first). Deterministic: same factor, same files. */
export function generateCorpus(
  factor: number,
  dir: string,
  source: string = DEFAULT_CORPUS_DIR,
): GeneratedCorpus {
  const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as {
    documents: ManifestEntry[];
  };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const documents: ManifestEntry[] = [];
  let bytes = 0;
  for (const doc of manifest.documents) {
    const text = readFileSync(join(source, doc.file), 'utf8');
    for (let k = 0; k < factor; k++) {
      // Copies recombine only in rotating their blocks when asked to; by default they keep the
      // order, which the segmenters of numbered documents depend on (see scale notes in RESULTS).
      const id = k === 0 ? doc.id : `${doc.id}-x${k}`;
      const file = k === 0 ? doc.file : `${id}.txt`;
      const body = k === 0 ? text : recombine(text, process.env.BENCH_RECOMBINE === '1' ? k * 7 : 0);
      writeFileSync(join(dir, file), body);
      bytes += Buffer.byteLength(body);
      documents.push({
        ...doc,
        id,
        file,
        symbol: k === 0 ? doc.symbol : `${doc.symbol}/X${k}`,
        year: k === 0 ? doc.year : 2000 + ((doc.year + k) % 26),
      });
    }
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ documents }, null, 2)}\n`);
  return { dir, documents: documents.length, bytes };
}
