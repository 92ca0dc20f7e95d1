import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, type GraphBundle, graphBundleSchema } from '../../../graph-seed/src';
import { parseSpanRef } from '../../../graph-seed/src/bundle/span-ref';
import type { SeedState } from '../../../graph-seed/src/types';

// Word-level provenance (ONTOLOGY.md, "Relationships"): every relationship recognised in words
// records the words it rests on, as span refs into its provision's text.
const RECOGNISED = ['MENTIONS', 'CITES', 'ADDRESSED_TO', 'ADDRESSES', 'IMPLEMENTS', 'STATED_IN'];

let bundle: GraphBundle;
let state: SeedState;
let text: Map<string, string>;
beforeAll(async () => {
  ({ bundle, state } = await buildGraph());
  text = new Map(
    bundle.nodes.filter((n) => n.labels[0] === 'Provision').map((n) => [n.id, String(n.properties.text)]),
  );
}, 120_000);

const spansOf = (r: GraphBundle['relationships'][number]) =>
  (r.properties.spans as string[] | undefined) ?? [];
const recognised = () =>
  bundle.relationships.filter((r) => RECOGNISED.includes(r.type) && r.properties.method !== 'context');

describe('word-level provenance of recognised relationships', () => {
  it('gives at least 99% of them spans that lie inside their provision text', () => {
    const inside = recognised().filter((r) => {
      const spans = spansOf(r);
      return (
        spans.length > 0 &&
        spans.every((s) => {
          const p = parseSpanRef(s);
          const t = p && text.get(p.provisionId);
          return t !== undefined && p !== undefined && p.start < p.end && p.end <= t.length;
        })
      );
    });
    expect(recognised().length).toBeGreaterThan(2000);
    expect(inside.length / recognised().length).toBeGreaterThanOrEqual(0.99);
  });

  it('covers the words each mention was recognised in', () => {
    // Every Mention of a provision's facts is inside one of the spans of the edge it became.
    const edges = new Map(bundle.relationships.map((r) => [`${r.type}|${r.start}|${r.end}`, spansOf(r)]));
    let checked = 0;
    for (const doc of state.documents) {
      for (const [prov, f] of doc.facts ?? []) {
        const kinds = [
          ['MENTIONS', f.actors],
          ['MENTIONS', f.causes],
          ['CITES', f.instruments],
        ] as const;
        for (const [type, mentions] of kinds) {
          for (const m of mentions.filter((x) => x.start >= 0)) {
            const spans = edges.get(`${type}|${prov}|${m.target}`) ?? [];
            expect(spans, `${type} ${prov} ${m.target}`).toContain(`${prov}@${m.start}-${m.end}`);
            expect(text.get(prov)?.slice(m.start, m.end)).toBe(m.surface);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('spans a recommendation over its provision text, and names no words for a section-implied addressee', () => {
    for (const r of bundle.relationships.filter(
      (x) => x.type === 'STATED_IN' && x.start.startsWith('rec:'),
    )) {
      const [span] = spansOf(r);
      const p = span ? parseSpanRef(span) : undefined;
      expect(p?.provisionId).toBe(r.end);
      expect(text.get(r.end)?.slice(p?.start, p?.end)).toBe(text.get(r.end)?.trim());
    }
    const implied = bundle.relationships.filter(
      (r) => r.type === 'ADDRESSED_TO' && r.properties.method === 'context',
    );
    expect(implied.length).toBeGreaterThan(0);
    expect(implied.every((r) => spansOf(r).length === 0)).toBe(true);
  });

  it('rejects a bundle whose span falls outside its provision text', () => {
    const rel = bundle.relationships.find((r) => r.type === 'CITES' && spansOf(r).length > 0);
    if (!rel) throw new Error('no CITES edge with spans');
    const length = text.get(rel.start)?.length ?? 0;
    const broken = {
      ...bundle,
      relationships: [{ ...rel, properties: { ...rel.properties, spans: [`${rel.start}@0-${length + 1}`] } }],
    };
    expect(graphBundleSchema.safeParse(broken).success).toBe(false);
    const malformed = {
      ...bundle,
      relationships: [{ ...rel, properties: { ...rel.properties, spans: ['somewhere'] } }],
    };
    expect(graphBundleSchema.safeParse(malformed).success).toBe(false);
  });
});
