// The project's own fidelity scorer: reads a graph bundle the way the annotation rules of
// ONTOLOGY.md do and compares it with hand annotations (one JSON object per line).
import { readFileSync } from 'node:fs';
import type { BundleNode, GraphBundle } from '../../graph-seed/src';

export interface GoldItem {
  doc: string;
  ref?: string;
  quote: string;
  isRecommendation: boolean;
  addressees?: string[];
  actors?: string[];
  instruments?: string[];
  causes?: string[];
  obligations?: string[];
}

export const FIELDS = ['addressees', 'actors', 'instruments', 'causes', 'obligations'] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
export const f1 = ({ tp, fp, fn }: Tally) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Letters and digits only, lower case: how quotes are matched against provision text. */
const fold = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

interface Reading {
  isRecommendation: boolean;
  sets: Record<Field, Set<string>>;
}

export interface FidelityReport {
  found: number;
  refRight: number;
  refChecked: number;
  tallies: Record<Field | 'recommendation', Tally>;
  paragraphs: { present: number; expected: number; absent: string[] };
  clean: number;
  problems: string[];
}

/** Scores a bundle against gold items and the structure spec (numbered paragraphs, noise patterns). */
export function scoreBundle(
  bundle: GraphBundle,
  gold: GoldItem[],
  structure: { numbered: Record<string, { from: number; to: number }>; noise: string[] },
): FidelityReport {
  const nodes = new Map(bundle.nodes.map((n) => [n.id, n]));
  const isA = (id: string, label: string) => nodes.get(id)?.labels.includes(label as never) ?? false;
  const outOf = new Map<string, Array<{ type: string; end: string }>>();
  const into = new Map<string, Array<{ type: string; start: string }>>();
  for (const r of bundle.relationships) {
    outOf.set(r.start, [...(outOf.get(r.start) ?? []), r]);
    into.set(r.end, [...(into.get(r.end) ?? []), r]);
  }
  const provisions = bundle.nodes.filter((n) => n.labels.includes('Provision'));
  const folded = new Map(provisions.map((p) => [p.id, fold(p.properties.text)]));

  const locate = (g: GoldItem): BundleNode | undefined => {
    const q = fold(g.quote);
    const hits = provisions.filter(
      (p) => p.properties.documentId === `doc:${g.doc}` && folded.get(p.id)!.includes(q),
    );
    return (
      hits.find((p) => g.ref && p.properties.ref === g.ref) ??
      hits.sort((a, b) => folded.get(a.id)!.length - folded.get(b.id)!.length)[0]
    );
  };

  const read = (prov: BundleNode): Reading => {
    const recs = (into.get(prov.id) ?? [])
      .filter((r) => r.type === 'STATED_IN' && isA(r.start, 'Recommendation'))
      .map((r) => r.start);
    const fromRecs = (type: string) =>
      recs.flatMap((id) => (outOf.get(id) ?? []).filter((r) => r.type === type).map((r) => r.end));
    const fromProv = (type: string) =>
      (outOf.get(prov.id) ?? []).filter((r) => r.type === type).map((r) => r.end);
    const stated = (into.get(prov.id) ?? [])
      .filter((r) => r.type === 'STATED_IN' && isA(r.start, 'Obligation'))
      .map((r) => r.start);
    const slugs = (ids: string[], prefix: string) =>
      new Set(ids.filter((i) => i.startsWith(prefix)).map((i) => i.slice(prefix.length)));
    return {
      isRecommendation: recs.length > 0,
      sets: {
        addressees: slugs(fromRecs('ADDRESSED_TO'), 'actor:'),
        actors: slugs(fromProv('MENTIONS'), 'actor:'),
        instruments: slugs([...fromProv('CITES'), ...fromRecs('CITES')], 'inst:'),
        causes: slugs([...fromProv('MENTIONS'), ...fromRecs('ADDRESSES')], 'cause:'),
        obligations: slugs([...fromRecs('IMPLEMENTS'), ...stated], 'obl:'),
      },
    };
  };

  const tallies = Object.fromEntries(
    ['recommendation', ...FIELDS].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]),
  ) as FidelityReport['tallies'];
  const problems: string[] = [];
  let found = 0;
  let refRight = 0;
  let refChecked = 0;
  for (const g of gold) {
    const prov = locate(g);
    if (!prov) problems.push(`not found: ${g.doc} ${g.ref ?? ''} "${g.quote}"`);
    else found++;
    if (prov && g.ref) {
      refChecked++;
      if (prov.properties.ref === g.ref) refRight++;
    }
    const got: Reading = prov
      ? read(prov)
      : {
          isRecommendation: false,
          sets: Object.fromEntries(FIELDS.map((f) => [f, new Set()])) as Reading['sets'],
        };
    const t = tallies.recommendation;
    if (g.isRecommendation && got.isRecommendation) t.tp++;
    else if (got.isRecommendation) t.fp++;
    else if (g.isRecommendation) t.fn++;
    for (const f of FIELDS) {
      if (f === 'addressees' && !g.isRecommendation && !got.isRecommendation) continue;
      const want = new Set(g[f] ?? []);
      for (const x of got.sets[f]) want.has(x) ? tallies[f].tp++ : tallies[f].fp++;
      for (const x of want) if (!got.sets[f].has(x)) tallies[f].fn++;
    }
  }

  let present = 0;
  let expected = 0;
  const absent: string[] = [];
  for (const [doc, { from, to }] of Object.entries(structure.numbered)) {
    const refs = new Set(
      provisions.filter((p) => p.properties.documentId === `doc:${doc}`).map((p) => p.properties.ref),
    );
    for (let n = from; n <= to; n++) {
      expected++;
      if (refs.has(String(n))) present++;
      else absent.push(`${doc} ${n}`);
    }
  }
  const noise = structure.noise.map((s) => new RegExp(s, 'u'));
  const noisy = provisions.filter((p) => noise.some((re) => re.test(String(p.properties.text ?? ''))));
  for (const p of noisy.slice(0, 10)) problems.push(`noisy: ${p.id}`);
  return {
    found,
    refRight,
    refChecked,
    tallies,
    paragraphs: { present, expected, absent },
    clean: provisions.length ? 1 - noisy.length / provisions.length : 0,
    problems,
  };
}

/** Reads a vendored annotation file (one JSON object per line) and the structure spec beside it. */
export function readFixtures(goldFile: string): {
  gold: GoldItem[];
  structure: Parameters<typeof scoreBundle>[2];
} {
  const fixture = (name: string) =>
    readFileSync(new URL(`../fixtures/fidelity/${name}`, import.meta.url), 'utf8');
  return {
    gold: fixture(goldFile)
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l)),
    structure: JSON.parse(fixture('structure.json')),
  };
}
