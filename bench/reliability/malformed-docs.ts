// Malformed documents through the seed command line: empty, binary, one huge line, mixed encodings, a
// PDF without a text layer. Each case is a corpus of one real document plus the bad one, seeded over
// an existing bundle file. Pass: a clear error (exit ≠ 0, the file named on stderr) and the previous
// bundle untouched — or, where the input is merely odd (a huge line), a valid bundle.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { DEFAULT_CORPUS_DIR, readBundle } from '@atlas/graph-seed';
import { bundleFile, cachePath, REPO } from '../lib/paths';

export interface MalformedCase {
  name: string;
  exitCode: number | null;
  message: string;
  ms: number;
  previousBundleIntact: boolean;
  outputValid: boolean;
  pass: boolean;
}

async function cases(): Promise<Array<{ name: string; file: string; bytes: Uint8Array }>> {
  const words = readFileSync(join(DEFAULT_CORPUS_DIR, 'ga-res-77-194.txt'), 'utf8').replace(/\s+/g, ' ');
  const latin1 = Buffer.from('Réaffirmant la résolution — États membres, « traite » des femmes\n', 'latin1');
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  return [
    { name: 'empty', file: 'bad.txt', bytes: new Uint8Array() },
    {
      name: 'binary',
      file: 'bad.txt',
      bytes: Uint8Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256),
    },
    { name: 'huge single line', file: 'bad.txt', bytes: Buffer.from(words.repeat(25).slice(0, 1_000_000)) },
    {
      name: 'mixed encodings',
      file: 'bad.txt',
      bytes: Buffer.concat([
        Buffer.from(words.slice(0, 20_000)),
        latin1,
        Buffer.from(words.slice(20_000, 40_000)),
      ]),
    },
    { name: 'PDF without text', file: 'bad.pdf', bytes: await pdf.save() },
  ];
}

export async function malformedDocuments(): Promise<MalformedCase[]> {
  const out: MalformedCase[] = [];
  const manifest = JSON.parse(readFileSync(join(DEFAULT_CORPUS_DIR, 'manifest.json'), 'utf8')) as {
    documents: Array<Record<string, unknown>>;
  };
  const real = manifest.documents.find((d) => d.id === 'ga-res-77-194') as Record<string, unknown>;
  for (const c of await cases()) {
    const dir = cachePath(`malformed/${c.name.replace(/\W+/g, '-')}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(DEFAULT_CORPUS_DIR, 'ga-res-77-194.txt'), join(dir, 'ga-res-77-194.txt'));
    writeFileSync(join(dir, c.file), c.bytes);
    const bad = { ...real, id: 'bad-doc', file: c.file, symbol: 'A/BAD/1' };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [real, bad] }));
    const target = join(dir, 'graph.json');
    copyFileSync(bundleFile(1), target);
    const before = readFileSync(target, 'utf8');
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'graph-seed/src/cli.ts', 'seed', '--corpus', dir, '--out', target, '--quiet'],
      {
        cwd: REPO,
        encoding: 'utf8',
        timeout: 180_000,
      },
    );
    const ms = Math.round(performance.now() - t0);
    const previousBundleIntact = readFileSync(target, 'utf8') === before;
    let outputValid = false;
    try {
      await readBundle(target);
      outputValid = true;
    } catch {}
    const lines = (r.status === 0 ? r.stdout : r.stderr)
      .trim()
      .split('\n')
      .filter((l) => l && !l.startsWith('npm warn'));
    const message = (r.status === 0 ? lines.slice(0, 1) : lines.slice(-2)).join(' / ');
    const clearError = r.status !== null && r.status !== 0 && /bad\.(txt|pdf)|bad-doc/.test(message);
    out.push({
      name: c.name,
      exitCode: r.status,
      message: message.slice(0, 240),
      ms,
      previousBundleIntact,
      outputValid,
      pass: outputValid && ((clearError && previousBundleIntact) || r.status === 0),
    });
  }
  return out;
}
