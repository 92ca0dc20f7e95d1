import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SeedErrorCode } from '../../../graph-seed/src/errors';
import { parseManifest } from '../../../graph-seed/src/io/manifest';

const vendored = readFileSync(new URL('../../../graph-seed/corpus/manifest.json', import.meta.url), 'utf8');
const entry = {
  id: 'new-doc',
  file: 'new-doc.txt',
  symbol: 'A/80/1',
  title: 'A new report',
  kind: 'report',
  issuer: 'secretary-general',
  year: 2025,
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('parseManifest', () => {
  it('reads the five documents of the vendored manifest', () => {
    const docs = parseManifest(vendored, 'manifest.json');
    expect(docs.map((d) => d.id)).toEqual([
      'cedaw-gr38',
      'ga-res-77-194',
      'sg-a-71-223',
      'sg-a-79-322',
      'ohchr-fs36',
    ]);
    expect(docs[1]).toMatchObject({ symbol: 'A/RES/77/194', kind: 'resolution', year: 2022 });
  });

  it('refuses an entry that lacks a field', () => {
    const { year: _drop, ...noYear } = entry;
    expect(codeOf(() => parseManifest(JSON.stringify({ documents: [noYear] }), 'm.json'))).toBe(
      SeedErrorCode.MANIFEST_INVALID,
    );
  });

  it('refuses an unknown document kind and a file outside the corpus folder', () => {
    const bad = [
      { ...entry, kind: 'novel' },
      { ...entry, file: '../etc/passwd.txt' },
    ];
    for (const e of bad) {
      expect(codeOf(() => parseManifest(JSON.stringify({ documents: [e] }), 'm.json'))).toBe(
        SeedErrorCode.MANIFEST_INVALID,
      );
    }
  });

  it('refuses two entries with the same id', () => {
    const twice = { documents: [entry, { ...entry, file: 'other.txt' }] };
    expect(codeOf(() => parseManifest(JSON.stringify(twice), 'm.json'))).toBe(SeedErrorCode.DUPLICATE_ID);
  });

  it('refuses a manifest that is not JSON', () => {
    expect(codeOf(() => parseManifest('{ documents: [', 'm.json'))).toBe(SeedErrorCode.MANIFEST_INVALID);
  });

  it('names the manifest file in its message', () => {
    expect(() => parseManifest('[]', '/corpus/manifest.json')).toThrow('/corpus/manifest.json');
  });
});
