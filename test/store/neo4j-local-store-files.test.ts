// Moving an imported database into a stopped neo4j:local's home: the files it replaces are set aside
// and come back on restore; discard makes the swap final.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseDirs, swapDatabase } from '../../server/neo4j-local/store-files';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
const tempRoot = () => {
  const r = mkdtempSync(join(tmpdir(), 'atlas-store-files-'));
  roots.push(r);
  return r;
};

function home(root: string, name: string, content: string): string {
  const h = join(root, name);
  for (const d of databaseDirs(h)) {
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'file'), content);
  }
  return h;
}

const contents = (h: string) =>
  databaseDirs(h).map((d) => (existsSync(join(d, 'file')) ? readFileSync(join(d, 'file'), 'utf8') : null));

describe('neo4j:local store files', () => {
  it('swaps the imported database in, and restores the previous one', () => {
    const root = tempRoot();
    const target = home(root, 'instance', 'before');
    const swap = swapDatabase(home(root, 'staging', 'imported'), target, join(root, 'aside'));
    expect(contents(target)).toEqual(['imported', 'imported']);
    swap.restore();
    expect(contents(target)).toEqual(['before', 'before']);
  });

  it('keeps the imported database once discarded, the previous one gone', () => {
    const root = tempRoot();
    const target = home(root, 'instance', 'before');
    swapDatabase(home(root, 'staging', 'imported'), target, join(root, 'aside')).discard();
    expect(contents(target)).toEqual(['imported', 'imported']);
    expect(existsSync(join(root, 'aside'))).toBe(false);
  });

  it('undoes its own moves when one fails, leaving the instance as it was', () => {
    const root = tempRoot();
    const target = home(root, 'instance', 'before');
    const staging = join(root, 'staging');
    // an import without transaction logs: the second move fails
    mkdirSync(databaseDirs(staging)[0], { recursive: true });
    expect(() => swapDatabase(staging, target, join(root, 'aside'))).toThrow();
    expect(contents(target)).toEqual(['before', 'before']);
  });
});
