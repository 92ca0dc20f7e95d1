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
  /** A measure bound to an instrument is shared on a common instrument (ratify ↔ ratify the same treaty). */
  bound: boolean;
  /** a's, b's own ask calls for a shared measure on its general object: it contains the other's ask. */
  containsA: boolean;
  containsB: boolean;
}

type Entry = [rec: number, unit: number, lead: boolean, general: boolean, subjects: readonly string[]];
type UnitKey = { key: string; lead: boolean; general: boolean; subjects: readonly string[] };

const NONE: readonly string[] = [];

/**
 * Two asks on different specific objects of one frame of a measure ask it for different subjects
 * (subjects are `<frame>.<object>`; asks matched by different frames are not compared).
 */
function otherSubject(a: readonly string[], b: readonly string[]): boolean {
  const frame = (s: string) => s.slice(0, s.indexOf('.'));
  const framesB = new Set(b.map(frame));
  if (!a.some((s) => framesB.has(frame(s)))) return false;
  return !a.some((s) => b.includes(s));
}
type Key = [kind: 'm' | 'g', id: string, instrument?: string];

/** Posting lists: key → (recommendation, unit) entries, in recommendation order; each unit's keys. */
function postings(recs: readonly RecommendationAsks[], rare: (gram: string) => boolean) {
  const lists = new Map<string, Entry[]>();
  const keysOf: UnitKey[][][] = [];
  recs.forEach((r, i) => {
    const perUnit = r.hits.map((hits, u) => {
      const keys: UnitKey[] = [];
      for (const h of hits) {
        const ids = h.instruments.length === 0 ? [''] : h.instruments;
        for (const inst of ids)
          keys.push({
            key: `m\u0000${h.measure}\u0000${inst}`,
            lead: h.lead,
            general: h.general === true,
            subjects: h.subjects ?? NONE,
          });
      }
      for (const g of r.grams[u] ?? [])
        if (rare(g)) keys.push({ key: `g\u0000${g}`, lead: false, general: false, subjects: NONE });
      for (const k of keys) {
        const list = lists.get(k.key);
        if (list) list.push([i, u, k.lead, k.general, k.subjects]);
        else lists.set(k.key, [[i, u, k.lead, k.general, k.subjects]]);
      }
      return keys;
    });
    keysOf.push(perUnit);
  });
  return { lists, keysOf };
}

/** The first index of `list` whose recommendation comes after `rec` (lists are in recommendation order). */
function after(list: readonly Entry[], rec: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] <= rec) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** Whether one side's ask is a shared measure in general and the only specific measure of both. */
const contains = (p: Acc, noOtherSpecific: boolean) => (p.containsA || p.containsB) && noOtherSpecific;

/**
 * The direction where one side's ask is the measure in general: it contains the other's (the
 * other side's further measures are themes, the subject of its specific ask).
 */
function contained(p: Acc, byMeasures: AskOverlap['direction']): AskOverlap['direction'] {
  if (p.containsA === p.containsB) return byMeasures;
  return p.containsA ? 'end-in-start' : 'start-in-end';
}

/**
 * How many measures of a recommendation the principal-ask test weighs. Where the pair shares a
 * specific measure, a theme named only in the recommendation's unmatched asks ("The responses should
 * also address gender inequality as root causes …") is the setting of its principal ask, not a
 * second principal ask: it is left out. Unmatched asks still count in the asks share.
 */
function counted(
  r: RecommendationAsks,
  all: ReadonlySet<string>,
  matched: ReadonlySet<number>,
  shared: ReadonlySet<string>,
  sharesSpecific: boolean,
  broad: ReadonlySet<string>,
): number {
  if (!sharesSpecific) return all.size;
  const inMatched = new Set<string>();
  for (const u of matched) for (const h of r.hits[u] ?? []) inMatched.add(h.measure);
  let n = 0;
  for (const m of all) if (!broad.has(m) || shared.has(m) || inMatched.has(m)) n++;
  return n;
}

interface Signals {
  /** Per side, the share of its measures that are shared and the share of its asks matched. */
  measureShare: number;
  askShare: number;
  text: number;
  /** The best TF-IDF cosine between a matched ask of each. */
  ask: number;
  sharedLinks: number;
  /** Neither side calls for a specific measure the other does not (themes may be its subject). */
  noOtherSpecific: boolean;
}

/** Whether what a pair shares makes an overlap, and with what score and basis (rules: askOverlaps). */
function decide(p: Acc, s: Signals, o: OverlapOptions): { score: number; basis: string[] } | null {
  // a measure of a chapeau only, or a theme, needs more than itself to link two recommendations
  const specific = [...p.own].filter((m) => !o.broad.has(m)).length;
  const phrases = p.phrases.size;
  // Whatever made the candidate, the pair must share more than one measure, a distinctive phrase, or
  // its matched asks or texts be worded alike: one measure alone can hold different asks. (One
  // measure and a phrase were mostly different asks only while a side clause could link; the
  // principal-ask test below now stops those.) The same action on the same instrument needs no
  // more (ratify ↔ ratify the same treaty).
  // An ask for a measure in general (on its general object) contains every specific ask of it, in
  // whatever words: no wording need be shared where that measure is the only specific one either
  // side calls for (a specific ask in a side clause of a long recommendation is not contained).
  const general = contains(p, s.noOtherSpecific);
  const worded =
    p.bound ||
    general ||
    p.measures.size >= 2 ||
    phrases >= 1 ||
    s.ask >= o.askWithSpecific ||
    s.text >= o.textWithSpecific;
  if (!worded) return null;
  // What is shared must be the principal ask of both, not one clause of a long recommendation, and
  // not a measure both touch while asking other things.
  const principal = s.measureShare >= o.principalShare && (p.bound || s.askShare >= o.principalShare);
  if (!principal && s.text < o.textAlone) return null;
  const byMeasure = specific > 0 || (p.measures.size > 0 && (phrases >= 1 || s.text >= o.textWithMeasure));
  const byPhrase = phrases >= 3 || (phrases >= 2 && s.text >= o.textWithPhrases) || s.text >= o.textAlone;
  if (!byMeasure && !byPhrase) return null;
  const basis = [
    ...(p.measures.size > 0 && byMeasure ? ['measure'] : []),
    ...(phrases > 0 ? ['phrase'] : []),
    ...(s.text >= o.textWithPhrases ? ['text'] : []),
    ...(s.sharedLinks > 0 ? ['links'] : []),
  ];
  const m = specific > 0 ? 0.5 + 0.1 * (specific - 1) : p.measures.size > 0 ? 0.25 : 0;
  const score =
    1 -
    (1 - Math.min(m, 0.8)) *
      (1 - Math.min(0.12 * phrases, 0.6)) *
      (1 - s.text) *
      (1 - 0.04 * Math.min(s.sharedLinks, 5));
  return { score: round(score), basis };
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
            p = {
              measures: new Set(),
              own: new Set(),
              phrases: new Set(),
              unitsA: new Set(),
              unitsB: new Set(),
              bound: false,
              containsA: false,
              containsB: false,
            };
            acc.set(b, p);
          }
          (kind === 'm' ? p.measures : p.phrases).add(id);
          if (kind === 'm' && !lead && !leadB) {
            p.own.add(id);
            if (general) p.containsA = true;
            if (generalB) p.containsB = true;
          }
          if (kind === 'm' && instrument) p.bound = true;
          p.unitsA.add(ua);
          p.unitsB.add(ub);
        }
      }
    });
    for (const [b, p] of [...acc].sort((x, y) => x[0] - y[0])) {
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
      const measureShare = na === 0 || nb === 0 ? 0 : Math.min(p.measures.size / na, p.measures.size / nb);
      const askShare = Math.min(p.unitsA.size / recs[a]!.hits.length, p.unitsB.size / recs[b]!.hits.length);
      const otherSpecific = (r: number) =>
        [...measuresOf[r]!].some((m) => !o.broad.has(m) && !p.measures.has(m));
      const noOtherSpecific = !otherSpecific(a) && !otherSpecific(b);
      const decided = decide(
        p,
        { measureShare, askShare, text, ask: round(ask), sharedLinks, noOtherSpecific },
        o,
      );
      if (!decided) continue;
      out.push({
        a,
        b,
        ...decided,
        measures: [...p.measures].sort(),
        phrases: [...p.phrases].sort(),
        unitsA: [...p.unitsA].sort((x, y) => x - y),
        unitsB: [...p.unitsB].sort((x, y) => x - y),
        direction: contains(p, noOtherSpecific)
          ? contained(p, direction(measuresOf[a]!, measuresOf[b]!))
          : direction(measuresOf[a]!, measuresOf[b]!),
        text,
        ask: round(ask),
      });
    }
  }
  return boundLinks(out, recs.length, o.maxLinks);
}

/** At most `max` links per recommendation, its best by score (ties by partner): a link stays if either end keeps it. */
function boundLinks(links: AskOverlap[], n: number, max: number): AskOverlap[] {
  const byRec: number[][] = Array.from({ length: n }, () => []);
  links.forEach((l, i) => {
    byRec[l.a]!.push(i);
    byRec[l.b]!.push(i);
  });
  const keep = new Set<number>();
  for (const list of byRec) {
    if (list.length <= max) {
      for (const i of list) keep.add(i);
      continue;
    }
    list.sort((x, y) => links[y]!.score - links[x]!.score || x - y);
    for (const i of list.slice(0, max)) keep.add(i);
  }
  return links.filter((_, i) => keep.has(i));
}
