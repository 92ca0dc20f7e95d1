import { describe, expect, it } from 'vitest';
import { buildBundle, serializeBundle } from '../../graph-seed/src';

describe('determinism', () => {
  it('builds a byte-identical bundle from the same corpus twice', async () => {
    const first = serializeBundle(await buildBundle());
    const second = serializeBundle(await buildBundle());
    expect(second).toBe(first);
    expect(first.length).toBeGreaterThan(100_000);
  }, 120_000);

  it('gives every node a name and every extracted relationship its evidence and method', async () => {
    const bundle = await buildBundle();
    expect(bundle.nodes.every((n) => typeof n.properties.name === 'string')).toBe(true);
    for (const r of bundle.relationships) {
      expect(typeof r.properties.method, `${r.type} ${r.start}`).toBe('string');
      expect(Array.isArray(r.properties.evidence), `${r.type} ${r.start}`).toBe(true);
    }
    const extracted = bundle.relationships.filter(
      (r) => !['SUPPLEMENTS', 'EMBODIES', 'ARISES_FROM', 'BINDS'].includes(r.type),
    );
    expect(extracted.every((r) => (r.properties.evidence as string[]).length > 0)).toBe(true);
  }, 120_000);
});
