import type { MeasureHit } from './measures';
import { cosine, tfidfVectors } from './tfidf';

/** A recommendation as overlap reads it: its asks (units), with their measures and phrases. */
export interface RecommendationAsks {
  id: string;
  documentId: string;
  /** Per unit, the measures it calls for. */
  hits: MeasureHit[][];
  /** Per unit, its lemma n-grams (phrases.ts). */
  grams: string[][];
  /** The recommendation's words without names, for text similarity. */
  text: string;
  /** Per unit, its words without names. */
  unitTexts: string[];
  /** Obligation and root-cause ids it is linked to (IMPLEMENTS, ADDRESSES). */
  links: string[];
}

export interface OverlapOptions {
  /** Measures that are themes (measures.yaml `broad`). */
  broad: ReadonlySet<string>;
  /** A phrase is distinctive when at most this share of all units holds it (and at least 2). */
  rarePhraseShare: number;
  /** Per unit and key (a measure or a phrase), at most this many partners are read: a bound for scale only. */
  maxPartners: number;
  /** Text similarity that, with a shared broad (or chapeau) measure, makes an overlap. */
  textWithMeasure: number;
  /** Text similarity that, with shared distinctive phrases, makes an overlap. */
  textWithPhrases: number;
  /** Text similarity that makes an overlap on its own (near-verbatim reuse). */
  textAlone: number;
}

export interface AskOverlap {
  /** Indexes into the recommendations, a < b. */
  a: number;
  b: number;
  score: number;
  /** Shared measure ids, sorted. */
  measures: string[];
  /** Shared distinctive phrases, sorted. */
  phrases: string[];
  /** Which signals made the link: `measure`, `phrase`, `text`, `links`. */
  basis: string[];
  /** Units of a and of b that the shared measures and phrases are in. */
  unitsA: number[];
  unitsB: number[];
  /** Where one recommendation's measures all lie in the other's. */
  direction: 'same' | 'start-in-end' | 'end-in-start' | 'overlap';
  /** TF-IDF cosine of the two recommendations' words (names left out). */
  text: number;
  /** The best TF-IDF cosine between a matched ask of a and one of b. */
  ask: number;
}

interface Acc {
  measures: Set<string>;
  /** Measures both asks call for in their own words (not only in a chapeau). */
  own: Set<string>;
  phrases: Set<string>;
  unitsA: Set<number>;
  unitsB: Set<number>;
}

type Entry = [rec: number, unit: number, lead: boolean];

/** Posting lists: key → (recommendation, unit) entries, in recommendation order. */
function postings(
  recs: readonly RecommendationAsks[],
  rare: (gram: string) => boolean,
): Map<string, Entry[]> {
  const lists = new Map<string, Entry[]>();
  const add = (key: string, e: Entry) => {
    const list = lists.get(key);
    if (list) list.push(e);
    else lists.set(key, [e]);
  };
  recs.forEach((r, i) => {
    r.hits.forEach((hits, u) => {
      for (const h of hits) {
        if (h.instruments.length === 0) add(`m\u0000${h.measure}`, [i, u, h.lead]);
        for (const inst of h.instruments) add(`m\u0000${h.measure}\u0000${inst}`, [i, u, h.lead]);
      }
    });
    r.grams.forEach((grams, u) => {
      for (const g of grams) if (rare(g)) add(`g\u0000${g}`, [i, u, false]);
    });
  });
  return lists;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function direction(a: Set<string>, b: Set<string>): AskOverlap['direction'] {
  const aInB = [...a].every((m) => b.has(m));
  const bInA = [...b].every((m) => a.has(m));
  if (a.size === 0 || b.size === 0) return 'overlap';
  if (aInB && bInA) return 'same';
  if (aInB) return 'start-in-end';
  if (bInA) return 'end-in-start';
  return 'overlap';
}

/**
 * Overlaps between recommendations of different documents, decided ask by ask. Candidates are
 * the pairs of asks that share a measure (the same instrument too, for measures bound to one) or a
 * distinctive phrase; each candidate pair of recommendations is then judged on everything it shares:
 * - a specific measure links them;
 * - a broad measure (a theme), or one read only in a sub-item's chapeau, links them only with a
 *   shared distinctive phrase or some text similarity;
 * - without a measure, three shared distinctive phrases, or two with some text similarity, or
 *   near-verbatim text, link them.
 * No top-k: a recommendation links to every one it shares an ask with. Work is bounded per unit
 * and key (`maxPartners`), so the step grows linearly with the corpus.
 */
export function askOverlaps(recs: readonly RecommendationAsks[], o: OverlapOptions): AskOverlap[] {
  const df = new Map<string, number>();
  let units = 0;
  for (const r of recs) {
    units += r.grams.length;
    for (const grams of r.grams) for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const maxDf = Math.max(2, Math.round(o.rarePhraseShare * units));
  const rare = (g: string) => {
    const n = df.get(g) ?? 0;
    return n >= 2 && n <= maxDf;
  };
  const acc = new Map<number, Acc>();
  const n = recs.length;
  for (const [key, list] of postings(recs, rare)) {
    const [kind, id] = key.split('\u0000') as [string, string];
    for (let x = 0; x < list.length; x++) {
      const [ri, ui, li] = list[x]!;
      let partners = 0;
      for (let y = x + 1; y < list.length && partners < o.maxPartners; y++) {
        const [rj, uj, lj] = list[y]!;
        if (recs[ri]!.documentId === recs[rj]!.documentId) continue;
        partners++;
        const [a, ua, b, ub] = ri < rj ? [ri, ui, rj, uj] : [rj, uj, ri, ui];
        const k = a * n + b;
        let p = acc.get(k);
        if (!p) {
          p = {
            measures: new Set(),
            own: new Set(),
            phrases: new Set(),
            unitsA: new Set(),
            unitsB: new Set(),
          };
          acc.set(k, p);
        }
        (kind === 'm' ? p.measures : p.phrases).add(id);
        if (kind === 'm' && !li && !lj) p.own.add(id);
        p.unitsA.add(ua);
        p.unitsB.add(ub);
      }
    }
  }
  const { vectors } = tfidfVectors(recs.map((r) => r.text));
  const firstUnit: number[] = [];
  const unitTexts: string[] = [];
  for (const r of recs) {
    firstUnit.push(unitTexts.length);
    unitTexts.push(...r.unitTexts);
  }
  const unitVectors = tfidfVectors(unitTexts).vectors;
  const measuresOf = recs.map((r) => new Set(r.hits.flat().map((h) => h.measure)));
  const out: AskOverlap[] = [];
  for (const [k, p] of [...acc].sort((x, y) => x[0] - y[0])) {
    const a = Math.floor(k / n);
    const b = k % n;
    const text = round(cosine(vectors[a]!, vectors[b]!));
    let ask = 0;
    for (const ua of p.unitsA)
      for (const ub of p.unitsB)
        ask = Math.max(ask, cosine(unitVectors[firstUnit[a]! + ua]!, unitVectors[firstUnit[b]! + ub]!));
    ask = round(ask);
    // a measure of a chapeau only, or a theme, needs more than itself to link two recommendations
    const specific = [...p.own].filter((m) => !o.broad.has(m));
    const linkSet = new Set(recs[a]!.links);
    const sharedLinks = recs[b]!.links.filter((l) => linkSet.has(l)).length;
    const phrases = p.phrases.size;
    const byMeasure =
      specific.length > 0 || (p.measures.size > 0 && (phrases >= 1 || text >= o.textWithMeasure));
    const byPhrase = phrases >= 3 || (phrases >= 2 && text >= o.textWithPhrases) || text >= o.textAlone;
    if (!byMeasure && !byPhrase) continue;
    const basis = [
      ...(p.measures.size > 0 && byMeasure ? ['measure'] : []),
      ...(phrases > 0 ? ['phrase'] : []),
      ...(text >= o.textWithPhrases ? ['text'] : []),
      ...(sharedLinks > 0 ? ['links'] : []),
    ];
    const m = specific.length > 0 ? 0.5 + 0.1 * (specific.length - 1) : p.measures.size > 0 ? 0.25 : 0;
    const score =
      1 -
      (1 - Math.min(m, 0.8)) *
        (1 - Math.min(0.12 * phrases, 0.6)) *
        (1 - text) *
        (1 - 0.04 * Math.min(sharedLinks, 5));
    out.push({
      a,
      b,
      score: round(score),
      measures: [...p.measures].sort(),
      phrases: [...p.phrases].sort(),
      basis,
      unitsA: [...p.unitsA].sort((x, y) => x - y),
      unitsB: [...p.unitsB].sort((x, y) => x - y),
      direction: direction(measuresOf[a]!, measuresOf[b]!),
      text,
      ask,
    });
  }
  return out;
}
