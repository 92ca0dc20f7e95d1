// Package boundaries (docs/ARCHITECTURE.md): a package is used by its name and its `exports`, never
// by a relative path into another package nor by a path into its `src/`; every package it imports is
// a declared dependency; the declared dependencies form no cycle. bench/ is held to the same rule.
// Tests under test/ are exempt: a unit test imports the module it tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGES = ['graph-seed', 'server', 'web'] as const;
const CHECKED = [...PACKAGES, 'bench'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs)$/;
const SKIP = new Set(['node_modules', 'dist', '.cache', '.neo4j', 'corpus', 'results']);

interface Manifest {
  name: string;
  exports?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
const byName = new Map(PACKAGES.map((dir) => [manifest(dir).name, dir]));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file names: imports, re-exports, dynamic imports. */
const specifiers = (file: string): string[] =>
  ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true).importedFiles.map((f) => f.fileName);

const areaOf = (repoPath: string): string => repoPath.split(sep)[0] ?? '';

/** The rule's verdict on one specifier in `file`; null when allowed. */
function violation(file: string, specifier: string): string | null {
  const area = areaOf(file);
  if (specifier.startsWith('.')) {
    const target = relative(ROOT, resolve(ROOT, dirname(file), specifier));
    const to = areaOf(target);
    if (to !== area && (CHECKED as string[]).includes(to)) return `relative import into ${to}/`;
    return null;
  }
  const match = /^(@atlas\/[^/]+)(\/.*)?$/.exec(specifier);
  if (!match) return null;
  const [, name = '', rest] = match;
  const dir = byName.get(name);
  if (dir === undefined) return `unknown package ${name}`;
  if (dir === area) return `a package imports itself by name`;
  const subpath = `.${rest ?? ''}`;
  if (!(subpath in (manifest(dir).exports ?? {}))) return `${subpath} is not in ${name}'s exports`;
  if ((PACKAGES as readonly string[]).includes(area)) {
    const own = manifest(area);
    if (!(name in { ...own.dependencies, ...own.devDependencies }))
      return `${name} is not a declared dependency of ${own.name}`;
  }
  return null;
}

describe('package boundaries', () => {
  it('no package and no benchmark imports another package but by its name and exports', () => {
    const found = CHECKED.flatMap((dir) =>
      sourceFiles(dir).flatMap((file) =>
        specifiers(file).flatMap((s) => {
          const why = violation(file, s);
          return why === null ? [] : [`${file}: '${s}' (${why})`];
        }),
      ),
    );
    expect(found).toEqual([]);
  });

  it('the rule refuses a relative import into another package and a path into its src/', () => {
    expect(violation('web/src/api/types.ts', '../../../graph-seed/src/bundle/vocabulary')).toMatch(
      /relative/,
    );
    expect(violation('bench/api/run.ts', '../../server/src/http/app')).toMatch(/relative/);
    expect(violation('server/src/store/bundle.ts', '@atlas/graph-seed/src/bundle/schema')).toMatch(/exports/);
    expect(violation('graph-seed/src/cli.ts', '@atlas/server/load')).toMatch(/declared dependency/);
    expect(violation('server/src/store/bundle.ts', '@atlas/graph-seed/bundle')).toBeNull();
    expect(violation('server/src/store/index.ts', './memory/memory-store')).toBeNull();
  });

  it('the packages depend on each other in one direction only', () => {
    const edges = new Map(
      PACKAGES.map((dir) => {
        const m = manifest(dir);
        return [
          m.name,
          Object.keys({ ...m.dependencies, ...m.devDependencies }).filter((d) => byName.has(d)),
        ];
      }),
    );
    const cycle = (name: string, path: string[]): string[] | null => {
      if (path.includes(name)) return [...path, name];
      for (const next of edges.get(name) ?? []) {
        const found = cycle(next, [...path, name]);
        if (found) return found;
      }
      return null;
    };
    for (const name of edges.keys()) expect(cycle(name, [])).toBeNull();
  });
});
