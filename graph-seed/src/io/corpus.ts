import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SeedError, SeedErrorCode } from '../errors';
import type { DocumentState } from '../types';
import { refuseRunawayLines } from './line-length';
import { parseManifest } from './manifest';
import { extractPdfText } from './pdf-text';
import { decodeTextFile } from './text-file';

/** The corpus vendored with the project: `graph-seed/corpus/`. */
export const DEFAULT_CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus');

async function readBytes(path: string, code: SeedErrorCode, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : (e as Error).message;
    throw new SeedError(code, path, `${what} ${reason}`);
  }
}

/**
 * Reads `manifest.json` and every document it names (.txt as UTF-8 text, .pdf through its text
 * layer). Fails on the first bad input with a SeedError naming the file; reads nothing else.
 */
export async function readCorpus(
  dir: string = DEFAULT_CORPUS_DIR,
  onDocument?: (doc: DocumentState) => void,
): Promise<DocumentState[]> {
  const manifestPath = join(dir, 'manifest.json');
  const manifestBytes = await readBytes(manifestPath, SeedErrorCode.MANIFEST_MISSING, 'the manifest');
  const metas = parseManifest(new TextDecoder().decode(manifestBytes), manifestPath);
  const docs: DocumentState[] = [];
  for (const meta of metas) {
    const path = join(dir, meta.file);
    const bytes = await readBytes(path, SeedErrorCode.FILE_MISSING, `document ${meta.id}: file`);
    const raw = meta.file.toLowerCase().endsWith('.pdf')
      ? await extractPdfText(bytes, path)
      : decodeTextFile(bytes, path);
    refuseRunawayLines(raw, path);
    const doc: DocumentState = { meta, raw };
    onDocument?.(doc);
    docs.push(doc);
  }
  return docs;
}
