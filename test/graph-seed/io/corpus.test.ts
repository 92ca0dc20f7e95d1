import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { SeedErrorCode } from '../../../graph-seed/src/errors';
import { DEFAULT_CORPUS_DIR, readCorpus } from '../../../graph-seed/src/io/corpus';

const dirs: string[] = [];
async function corpusCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-corpus-'));
  dirs.push(dir);
  await cp(DEFAULT_CORPUS_DIR, dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const manifestWith = async (dir: string, extra: object[]) => {
  const { readFile } = await import('node:fs/promises');
  const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  m.documents.push(...extra);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(m));
};
const entry = (file: string) => ({
  id: 'added',
  file,
  symbol: 'A/80/100',
  title: 'Trafficking in women and girls: report of the Secretary-General (2026)',
  kind: 'report',
  issuer: 'secretary-general',
  year: 2026,
});
const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e) => (e as { code?: string }).code,
  );

describe('readCorpus', () => {
  it('reads every document of the vendored corpus in manifest order', async () => {
    const docs = await readCorpus();
    expect(docs.map((d) => d.meta.id)).toEqual([
      'cedaw-gr38',
      'ga-res-77-194',
      'sg-a-71-223',
      'sg-a-79-322',
      'ohchr-fs36',
    ]);
    expect(docs[0]!.raw).toContain(
      'Article 6 of the Convention on the Elimination of All Forms of Discrimination',
    );
  });

  it('picks up a PDF added with its manifest entry', async () => {
    const dir = await corpusCopy();
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage().drawText('1. States should protect victims.', { x: 40, y: 700, font, size: 11 });
    await writeFile(join(dir, 'added.pdf'), await pdf.save());
    await manifestWith(dir, [entry('added.pdf')]);
    const docs = await readCorpus(dir);
    expect(docs.at(-1)!.raw).toContain('1. States should protect victims.');
  });

  it('stops on a manifest entry that points nowhere', async () => {
    const dir = await corpusCopy();
    await manifestWith(dir, [entry('missing.txt')]);
    expect(await codeOf(readCorpus(dir))).toBe(SeedErrorCode.FILE_MISSING);
  });

  it('stops on an empty document and on a binary one', async () => {
    const dir = await corpusCopy();
    await writeFile(join(dir, 'added.txt'), '');
    await manifestWith(dir, [entry('added.txt')]);
    expect(await codeOf(readCorpus(dir))).toBe(SeedErrorCode.FILE_EMPTY);
    await writeFile(join(dir, 'added.txt'), new Uint8Array([1, 2, 0, 4, 0, 0, 7]));
    expect(await codeOf(readCorpus(dir))).toBe(SeedErrorCode.FILE_BINARY);
  });

  it('stops on a document that is one huge line', async () => {
    const dir = await corpusCopy();
    const words = (await readFile(join(dir, 'ga-res-77-194.txt'), 'utf8')).replace(/\s+/g, ' ');
    await writeFile(join(dir, 'added.txt'), words.repeat(3));
    await manifestWith(dir, [entry('added.txt')]);
    expect(await codeOf(readCorpus(dir))).toBe(SeedErrorCode.LINE_TOO_LONG);
  });

  it('stops when there is no manifest', async () => {
    const dir = await corpusCopy();
    await rm(join(dir, 'manifest.json'));
    expect(await codeOf(readCorpus(dir))).toBe(SeedErrorCode.MANIFEST_MISSING);
  });
});
