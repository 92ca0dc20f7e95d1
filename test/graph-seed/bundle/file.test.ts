import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeBundle, serializedChunks } from '../../../graph-seed/src/bundle/canonical';
import { readBundle, writeBundle } from '../../../graph-seed/src/bundle/file';
import type { GraphBundle } from '../../../graph-seed/src/bundle/schema';
import { SeedErrorCode } from '../../../graph-seed/src/errors';

const bundle = (): GraphBundle => ({
  format: 'graph-bundle',
  version: 1,
  nodes: [
    {
      id: 'rec:cedaw-gr38:54(b)',
      labels: ['Recommendation'],
      properties: { name: 'CEDAW/C/GC/38 54(b)', force: 'must', ref: '54(b)' },
    },
    { id: 'actor:states', labels: ['Actor'], properties: { name: 'States', kind: 'state-group' } },
  ],
  relationships: [
    {
      type: 'ADDRESSED_TO',
      start: 'rec:cedaw-gr38:54(b)',
      end: 'actor:states',
      properties: { method: 'context', evidence: ['prov:cedaw-gr38:54(b)'] },
    },
  ],
});

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'atlas-bundle-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e) => (e as { code?: string }).code,
  );

describe('bundle files', () => {
  it('serialises the same graph to the same bytes whatever the order it was built in', () => {
    const a = bundle();
    const b = bundle();
    b.nodes.reverse();
    b.nodes[0]!.properties = Object.fromEntries(Object.entries(b.nodes[0]!.properties).reverse());
    expect(serializeBundle(a)).toBe(serializeBundle(b));
    expect(serializeBundle(a).indexOf('actor:states')).toBeLessThan(serializeBundle(a).indexOf('rec:cedaw'));
  });

  it('removes the temporary file a killed run left, and keeps one of a run still going', async () => {
    const dir = await tempDir();
    // the pid of a process that has ended: its run can never finish its file
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    await writeFile(join(dir, `graph.json.${gone}.0a1b2c3d.tmp`), '{"half":');
    await writeFile(join(dir, `graph.json.${process.ppid}.0a1b2c3d.tmp`), '{"busy":');
    await writeBundle(bundle(), join(dir, 'graph.json'));
    expect((await readdir(dir)).sort()).toEqual(['graph.json', `graph.json.${process.ppid}.0a1b2c3d.tmp`]);
  });

  it('writes a bundle that reads back equal, leaving no temporary file', async () => {
    const dir = await tempDir();
    await writeBundle(bundle(), join(dir, 'graph.json'));
    expect(await readdir(dir)).toEqual(['graph.json']);
    const back = await readBundle(join(dir, 'graph.json'));
    expect(serializeBundle(back)).toBe(serializeBundle(bundle()));
  });

  it('writes a large bundle in chunks of about a megabyte that make exactly the serialised text', async () => {
    const large = bundle();
    const recommendation = large.nodes[0]!;
    for (let i = 0; i < 20_000; i++)
      large.nodes.push({
        ...recommendation,
        id: `rec:cedaw-gr38:${i}`,
        properties: { ...recommendation.properties },
      });
    const chunks = [...serializedChunks(large)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1.1 * 2 ** 20);
    const dir = await tempDir();
    await writeBundle(large, join(dir, 'graph.json'));
    expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe(chunks.join(''));
    expect((await readBundle(join(dir, 'graph.json'))).nodes).toHaveLength(20_002);
  });

  it('refuses to write an invalid bundle and leaves the previous file untouched', async () => {
    const dir = await tempDir();
    const path = join(dir, 'graph.json');
    await writeFile(path, 'previous');
    const broken = bundle();
    broken.relationships[0]!.end = 'actor:nobody';
    expect(await codeOf(writeBundle(broken, path))).toBe(SeedErrorCode.BUNDLE_INVALID);
    expect(await readFile(path, 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['graph.json']);
  });

  it('refuses a node without a name and duplicate node ids', async () => {
    const dir = await tempDir();
    const noName = bundle();
    noName.nodes[1]!.properties = { kind: 'state-group' };
    expect(await codeOf(writeBundle(noName, join(dir, 'a.json')))).toBe(SeedErrorCode.BUNDLE_INVALID);
    const dup = bundle();
    dup.nodes.push({ ...dup.nodes[1]! });
    expect(await codeOf(writeBundle(dup, join(dir, 'b.json')))).toBe(SeedErrorCode.BUNDLE_INVALID);
  });

  it('refuses to read a file that is not a bundle', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'x.json'), '{"format":"graph-bundle"');
    expect(await codeOf(readBundle(join(dir, 'x.json')))).toBe(SeedErrorCode.BUNDLE_INVALID);
    await writeFile(join(dir, 'y.json'), '{"format":"other","version":1,"nodes":[],"relationships":[]}');
    expect(await codeOf(readBundle(join(dir, 'y.json')))).toBe(SeedErrorCode.BUNDLE_INVALID);
  });
});
