// The bulk path's CSV files: typed headers, the encoding of every value kind, the empty lists set
// afterwards, and the bundles it refuses (NOT_IMPORTABLE) rather than write differently from the
// online loader. Whether neo4j-admin reads them back as the online loader writes is bulk-load.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphBundle } from '../../../server/src/store/bundle';
import { isBulkLoadError } from '../../../server/src/store/load/bulk/bulk-error';
import { ARRAY_DELIMITER, writeImportFiles } from '../../../server/src/store/load/bulk/import-files';

const bundle = (nodeProps: Array<Record<string, unknown>>, relProps: Record<string, unknown> = {}) =>
  ({
    format: 'graph-bundle',
    version: 1,
    nodes: nodeProps.map((properties, i) => ({ id: `actor:a${i}`, labels: ['Actor'], properties })),
    relationships: [
      { type: 'SIMILAR_TO', start: 'actor:a0', end: 'actor:a1', properties: relProps },
      { type: 'SIMILAR_TO', start: 'actor:a0', end: 'actor:a1', properties: relProps },
    ],
  }) as unknown as GraphBundle;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function write(b: GraphBundle) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-files-'));
  dirs.push(dir);
  const files = writeImportFiles(b, 'g', 1, dir);
  const read = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n');
  return { files, read };
}

const refusal = (b: GraphBundle) => {
  try {
    write(b);
    return 'written';
  } catch (error) {
    return isBulkLoadError(error) ? error.code : String(error);
  }
};

describe('bulk import files', () => {
  it('types each column once, doubles quotes and joins lists with the importer delimiter', () => {
    const { files, read } = write(
      bundle([
        { name: 'say "hi", then', year: 2020, tags: ['a', 'b'], on: true },
        { name: 'b', tags: [] },
      ]),
    );
    const [header, first, second] = read('nodes-Actor.csv');
    expect(header).toBe('id:ID,_v:double,name,year:double,tags:string[],on:boolean,_search,_g');
    expect(first?.startsWith(`"actor:a0",1,"say ""hi"", then",2020,"a${ARRAY_DELIMITER}b",true,"`)).toBe(
      true,
    );
    expect(first?.endsWith('","g"')).toBe(true);
    expect(second).toMatch(/^"actor:a1",1,"b",,,,/);
    expect(files.emptyLists).toEqual([{ kind: 'node', id: 'actor:a1', key: 'tags' }]);
    expect(files.multiline).toBe(false);
    expect(files.args).toEqual([
      expect.stringMatching(/^--nodes=Node:Actor=.*nodes-Actor\.csv$/),
      expect.stringMatching(/^--relationships=SIMILAR_TO=.*relationships-SIMILAR_TO\.csv$/),
    ]);
  });

  it('writes the rank of a parallel relationship as an integer, none for the first', () => {
    const { files, read } = write(bundle([{}, {}], { score: 0.5, evidence: [] }));
    expect(read('relationships-SIMILAR_TO.csv').slice(0, 3)).toEqual([
      ':START_ID,:END_ID,_k:long,score:double,evidence:string[]',
      '"actor:a0","actor:a1",,0.5,',
      '"actor:a0","actor:a1",2,0.5,',
    ]);
    expect(files.emptyLists).toEqual([
      {
        kind: 'relationship',
        type: 'SIMILAR_TO',
        start: 'actor:a0',
        end: 'actor:a1',
        k: null,
        key: 'evidence',
      },
      { kind: 'relationship', type: 'SIMILAR_TO', start: 'actor:a0', end: 'actor:a1', k: 2, key: 'evidence' },
    ]);
  });

  it('asks for multi-line fields only when a value holds a line break', () => {
    expect(write(bundle([{ note: 'a\nb' }, {}])).files.multiline).toBe(true);
    expect(write(bundle([{ note: 'a\r' }, {}])).files.multiline).toBe(true);
  });

  it('refuses what it cannot write as the online loader stores it, with NOT_IMPORTABLE', () => {
    expect(refusal(bundle([{ year: 2020 }, { year: '2020' }]))).toBe('NOT_IMPORTABLE');
    expect(refusal(bundle([{ tags: [] }, { tags: 'x' }]))).toBe('NOT_IMPORTABLE');
    expect(refusal(bundle([{ tags: ['a', ''] }, {}]))).toBe('NOT_IMPORTABLE');
    expect(refusal(bundle([{ tags: [`a${ARRAY_DELIMITER}b`] }, {}]))).toBe('NOT_IMPORTABLE');
    expect(refusal(bundle([{ 'odd:key': 1 }, {}]))).toBe('NOT_IMPORTABLE');
    expect(refusal(bundle([{ tags: [] }, { tags: [1] }]))).toBe('written');
  });
});
