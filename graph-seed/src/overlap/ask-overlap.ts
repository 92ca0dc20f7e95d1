import { askPair, clauseLink, clauseMatches } from './clause-match';
import { fieldContainments } from './families';
import type { MeasureHit } from './measures';
import { boundLinks } from './link-bound';
import {
  type Acc,
  clauseScore,
  contained,
  contains,
  counted,
  decide,
  direction,
  emptyAcc,
  round,
} from './pair-decision';
import { after, type Key, otherSubject, postings } from './postings';
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
  /** Measures that hold several distinct asks (measures.yaml `wide`): clause-match.ts. */
  wide?: ReadonlySet<string>;
  /** A phrase is distinctive when at most this share of all units holds it (and at least 2). */
  rarePhraseShare: number;
  /** Per unit and key (a measure or a phrase), at most this many partners are read: a bound for scale only. */
  maxPartners: number;
  /** At most this many links per recommendation, its best: a bound for scale only. */
  maxLinks: number;
  /** Text similarity that, with a shared broad (or chapeau) measure, makes an overlap. */
  textWithMeasure: number;
  /**
   * Sharing one measure is not enough on its own (two asks can fall under one measure and ask
   * different things): a link needs two measures in common, a distinctive phrase, or this similarity
   * between the matched asks, or `textWithSpecific` between the texts.
   */
  askWithSpecific: number;
  textWithSpecific: number;
  /** Text similarity that, with shared distinctive phrases, makes an overlap. */
  textWithPhrases: number;
  /** Text similarity that makes an overlap on its own (near-verbatim reuse). */
  textAlone: number;
  /**
   * The principal ask of both must be shared, not a side clause of one: on each side, at least this
   * share of the recommendation's measures must be shared, and at least this share of its asks
   * matched (the asks matched need not be all when the pair shares an instrument-bound measure: a
   * ratification list is one ask of many treaties).
   */
  principalShare: number;
  /**
   * Fields: a measure → the measures its field covers (measures.yaml `covers`). A recommendation
   * wholly in a field is contained in one whose principal ask is the field itself (families.ts).
   */
  covers?: ReadonlyMap<string, readonly string[]>;
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

/**
 * Overlaps between recommendations of different documents, decided ask by ask. Candidates are
 * the pairs of asks that share a measure (the same instrument too, for measures bound to one) or a
 * distinctive phrase; each candidate pair of recommendations is then judged on everything it shares:
 * - every link needs two shared measures, a shared distinctive phrase, or the matched asks or the
 *   texts worded alike (ask or text similarity): one measure can hold different asks;
 * - a specific measure then links them;
 * - a broad measure (a theme), or one read only in a sub-item's chapeau, links them only with a
 *   shared distinctive phrase or some text similarity;
 * - without a measure, three shared distinctive phrases, or two with some text similarity, or
 *   near-verbatim text, link them.
 * No top-k: a recommendation links to every one it shares an ask with. For scale only (a corpus of
 * many verbatim twins, bench/corpus-gen), the partners read per ask and key and the links kept per
 * recommendation are bounded (`maxPartners`, `maxLinks`; neither binds on the real corpus), and
 * pairs are gathered one recommendation at a time, so the work and memory grow linearly.
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
  const { lists, keysOf } = postings(recs, rare);
  const { vectors } = tfidfVectors(recs.map((r) => r.text));
  const firstUnit: number[] = [];
  const unitTexts: string[] = [];
  for (const r of recs) {
    firstUnit.push(unitTexts.length);
    unitTexts.push(...r.unitTexts);
  }
  const unitVectors = tfidfVectors(unitTexts).vectors;
  const measuresOf = recs.map((r) => new Set(r.hits.flat().map((h) => h.measure)));
  const inField = o.covers
    ? fieldContainments(recs, measuresOf, o.covers, o.principalShare, o.maxPartners)
    : [];
  const out: AskOverlap[] = [];
  for (let a = 0; a < recs.length; a++) {
    // the pairs (a, b > a) this recommendation takes part in, gathered from its asks' keys
    const acc = new Map<number, Acc>();
    keysOf[a]!.forEach((keys, ua) => {
      for (const { key, lead, general, subjects } of keys) {
        const list = lists.get(key)!;
        const [kind, id, instrument] = key.split('\u0000') as Key;
        let partners = 0;
        for (let y = after(list, a); y < list.length && partners < o.maxPartners; y++) {
          const [b, ub, leadB, generalB, subjectsB] = list[y]!;
          if (recs[b]!.documentId === recs[a]!.documentId) continue;
          if (otherSubject(subjects, subjectsB)) continue;
          partners++;
          let p = acc.get(b);
          if (!p) {
            p = emptyAcc();
            acc.set(b, p);
          }
          (kind === 'm' ? p.measures : p.phrases).add(id);
          if (kind === 'm' && !lead && !leadB) {
            p.own.add(id);
            if (general) p.containsA = true;
            if (generalB) p.containsB = true;
          }
          if (kind === 'm' && instrument) p.bound = true;
          const s = askPair(p.pairs, ua, ub);
          if (kind === 'g') s.phrases.add(id);
          else if (!lead && !leadB) {
            (o.broad.has(id) ? s.themes : s.specific).add(id);
            if (instrument) s.bound = true;
          }
          p.unitsA.add(ua);
          p.unitsB.add(ub);
        }
      }
    });
    for (const b of inField[a]?.keys() ?? []) if (!acc.has(b)) acc.set(b, emptyAcc());
    for (const [b, p] of [...acc].sort((x, y) => x[0] - y[0])) {
      const field = inField[a]?.get(b);
      const text = round(cosine(vectors[a]!, vectors[b]!));
      const linkSet = new Set(recs[a]!.links);
      const sharedLinks = recs[b]!.links.filter((l) => linkSet.has(l)).length;
      let ask = 0;
      for (const ua of p.unitsA)
        for (const ub of p.unitsB)
          ask = Math.max(ask, cosine(unitVectors[firstUnit[a]! + ua]!, unitVectors[firstUnit[b]! + ub]!));
      const sharesSpecific = [...p.measures].some((m) => !o.broad.has(m));
      const [na, nb] = [
        counted(recs[a]!, measuresOf[a]!, p.unitsA, p.measures, sharesSpecific, o.broad),
        counted(recs[b]!, measuresOf[b]!, p.unitsB, p.measures, sharesSpecific, o.broad),
      ];
      const measureShares: [number, number] = [
        na === 0 ? 0 : p.measures.size / na,
        nb === 0 ? 0 : p.measures.size / nb,
      ];
      const askShares: [number, number] = [
        p.unitsA.size / recs[a]!.hits.length,
        p.unitsB.size / recs[b]!.hits.length,
      ];
      const otherSpecific = (r: number) =>
        [...measuresOf[r]!].some((m) => !o.broad.has(m) && !p.measures.has(m));
      const noOtherSpecific = !otherSpecific(a) && !otherSpecific(b);
      const decided = decide(
        p,
        {
          measureShares,
          askShares,
          text,
          ask: round(ask),
          sharedLinks,
          noOtherSpecific,
          field: field !== undefined,
        },
        o,
      );
      if (!decided) {
        const unitCos = (ua: number, ub: number) =>
          round(cosine(unitVectors[firstUnit[a]! + ua]!, unitVectors[firstUnit[b]! + ub]!));
        const matches = clauseMatches(p.pairs, unitCos, o);
        if (matches.length === 0) continue;
        const c = clauseLink(matches, measuresOf[a]!, measuresOf[b]!);
        out.push({ a, b, ...clauseScore(c, text, sharedLinks, o.textWithPhrases), ...c, text });
        continue;
      }
      const byField = field && !contains(p, noOtherSpecific) && p.unitsA.size === 0;
      out.push({
        a,
        b,
        ...decided,
        measures: [...new Set([...p.measures, ...(field ? [field.field] : [])])].sort(),
        phrases: [...p.phrases].sort(),
        unitsA: byField ? field.unitsA : [...p.unitsA].sort((x, y) => x - y),
        unitsB: byField ? field.unitsB : [...p.unitsB].sort((x, y) => x - y),
        direction: contains(p, noOtherSpecific)
          ? contained(p, direction(measuresOf[a]!, measuresOf[b]!))
          : field
            ? field.outer === 'a'
              ? 'end-in-start'
              : 'start-in-end'
            : direction(measuresOf[a]!, measuresOf[b]!),
        text,
        ask: round(ask),
      });
    }
  }
  return boundLinks(out, recs.length, o.maxLinks);
}
