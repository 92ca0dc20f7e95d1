// Test helper: the vendored corpus, read once (tests may read graph-seed/corpus, never /work/shared).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest } from '../../graph-seed/src/io/manifest';
import { clean } from '../../graph-seed/src/stages/clean';
import { segment } from '../../graph-seed/src/stages/segment';
import { buildVocabulary, type Vocabulary } from '../../graph-seed/src/text/vocabulary';
import type { DocumentState, SeedState } from '../../graph-seed/src/types';

const dir = join(import.meta.dirname, '../../graph-seed/corpus');

export const manifest = parseManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'), 'manifest.json');

export const raw = (id: string): string => readFileSync(join(dir, `${id}.txt`), 'utf8');

/** Lines `from`..`to` (1-based, inclusive) of a corpus file, as printed. */
export const excerpt = (id: string, from: number, to: number): string =>
  raw(id)
    .split('\n')
    .slice(from - 1, to)
    .join('\n');

let vocab: Vocabulary | undefined;
export const corpusVocabulary = (): Vocabulary => {
  vocab ??= buildVocabulary(manifest.map((m) => raw(m.id)));
  return vocab;
};

/** The corpus state, as read. */
export const corpusState = (): SeedState =>
  ({
    documents: manifest.map((meta) => ({ meta, raw: raw(meta.id) })),
    catalogues: {} as SeedState['catalogues'],
    discovered: new Map(),
  }) as SeedState;

let segmented: DocumentState[] | undefined;
/** Every corpus document, cleaned and segmented. */
export const segmentedCorpus = (): DocumentState[] => {
  segmented ??= segment.run(clean.run(corpusState())).documents;
  return segmented;
};

export const provisionsOf = (id: string) => segmentedCorpus().find((d) => d.meta.id === id)?.provisions ?? [];
