import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../graph-seed/src/io/corpus';

// The command line as a user runs it: a child process, its exit code and what it leaves on disk.
const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'graph-seed/src/cli.ts');
const run = (...args: string[]) =>
  spawnSync(tsx, [cli, 'seed', '--quiet', ...args], { encoding: 'utf8', cwd: root });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function badCorpus(name: string, change: (corpus: string) => Promise<void>): Promise<string> {
  const corpus = join(dir, name);
  await cp(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
  await change(corpus);
  return corpus;
}
async function addEntry(corpus: string, entry: Record<string, unknown>) {
  const m = JSON.parse(await readFile(join(corpus, 'manifest.json'), 'utf8'));
  m.documents.push(entry);
  await writeFile(join(corpus, 'manifest.json'), JSON.stringify(m));
}
const report = {
  id: 'added',
  file: 'added.txt',
  symbol: 'A/80/100',
  title: 'Trafficking in women and girls: report of the Secretary-General (2026)',
  kind: 'report',
  issuer: 'secretary-general',
  year: 2026,
};

describe('npm run seed', () => {
  it('writes the bundle and prints a summary of counts by label and type', () => {
    const out = join(dir, 'graph.json');
    const r = run('--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Recommendation\s+\d+/);
    expect(r.stdout).toMatch(/ADDRESSED_TO\s+\d+/);
  }, 120_000);

  it.each([
    [
      'an empty document',
      'FILE_EMPTY',
      async (c: string) => {
        await writeFile(join(c, 'added.txt'), '');
        await addEntry(c, report);
      },
    ],
    [
      'a binary document',
      'FILE_BINARY',
      async (c: string) => {
        await writeFile(join(c, 'added.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]));
        await addEntry(c, report);
      },
    ],
    [
      'a manifest entry missing fields',
      'MANIFEST_INVALID',
      async (c: string) => {
        const { year: _y, ...rest } = report;
        await writeFile(join(c, 'added.txt'), '1. States should act.');
        await addEntry(c, rest);
      },
    ],
    ['a manifest entry pointing nowhere', 'FILE_MISSING', async (c: string) => addEntry(c, report)],
    [
      'a duplicate id',
      'DUPLICATE_ID',
      async (c: string) => {
        await writeFile(join(c, 'added.txt'), '1. States should act.');
        await addEntry(c, { ...report, id: 'cedaw-gr38' });
      },
    ],
    [
      'a PDF with no text layer',
      'PDF_NO_TEXT',
      async (c: string) => {
        const { PDFDocument } = await import('pdf-lib');
        const pdf = await PDFDocument.create();
        pdf.addPage().drawRectangle({ x: 10, y: 10, width: 300, height: 300 });
        await writeFile(join(c, 'added.pdf'), await pdf.save());
        await addEntry(c, { ...report, file: 'added.pdf' });
      },
    ],
  ])(
    'stops on %s with code %s, exit 1, the previous bundle untouched',
    async (name, code, change) => {
      const corpus = await badCorpus(name.replace(/\W+/g, '-'), change);
      const out = join(dir, `${code}.json`);
      await writeFile(out, 'previous bundle');
      const r = run('--corpus', corpus, '--out', out);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`[${code}]`);
      expect(r.stderr).toContain(corpus);
      expect(await readFile(out, 'utf8')).toBe('previous bundle');
    },
    60_000,
  );
});
