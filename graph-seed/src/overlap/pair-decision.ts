import type { AskOverlap, OverlapOptions, RecommendationAsks } from './ask-overlap';
import type { AskPairs } from './clause-match';

// Whether a candidate pair of recommendations overlaps, on everything its asks share (the rules:
// askOverlaps), and which way one holds the other.

/** What a candidate pair of recommendations shares, gathered ask by ask. */
export interface Acc {
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
  /** What each pair of asks shares (clause-match.ts). */
  pairs: AskPairs;
}

/** Nothing shared yet. */
export const emptyAcc = (): Acc => ({
  measures: new Set(),
  own: new Set(),
  phrases: new Set(),
  unitsA: new Set(),
  unitsB: new Set(),
  bound: false,
  containsA: false,
  containsB: false,
  pairs: new Map(),
});

export const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function direction(a: Set<string>, b: Set<string>): AskOverlap['direction'] {
  const aInB = [...a].every((m) => b.has(m));
  const bInA = [...b].every((m) => a.has(m));
  if (a.size === 0 || b.size === 0) return 'overlap';
  if (aInB && bInA) return 'same';
  if (aInB) return 'start-in-end';
  if (bInA) return 'end-in-start';
  return 'overlap';
}

/** Whether one side's ask is a shared measure in general and the only specific measure of both. */
export const contains = (p: Acc, noOtherSpecific: boolean) => (p.containsA || p.containsB) && noOtherSpecific;

/**
 * The direction where one side's ask is the measure in general: it contains the other's (the
 * other side's further measures are themes, the subject of its specific ask).
 */
export function contained(p: Acc, byMeasures: AskOverlap['direction']): AskOverlap['direction'] {
  if (p.containsA === p.containsB) return byMeasures;
  return p.containsA ? 'end-in-start' : 'start-in-end';
}

/**
 * How many measures of a recommendation the principal-ask test weighs. Where the pair shares a
 * specific measure, a theme named only in the recommendation's unmatched asks ("The responses should
 * also address gender inequality as root causes …") is the setting of its principal ask, not a
 * second principal ask: it is left out. Unmatched asks still count in the asks share.
 */
export function counted(
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

export interface Signals {
  /** Per side, the share of its measures that are shared and the share of its asks matched. */
  measureShares: readonly [number, number];
  askShares: readonly [number, number];
  text: number;
  /** The best TF-IDF cosine between a matched ask of each. */
  ask: number;
  sharedLinks: number;
  /** Neither side calls for a specific measure the other does not (themes may be its subject). */
  noOtherSpecific: boolean;
  /** One side lies wholly in a field the other asks for itself (families.ts): it is contained. */
  field: boolean;
}

/** Whether what a pair shares makes an overlap, and with what score and basis (rules: askOverlaps). */
export function decide(p: Acc, s: Signals, o: OverlapOptions): { score: number; basis: string[] } | null {
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
  const general = contains(p, s.noOtherSpecific) || s.field;
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
  const side = (i: 0 | 1) =>
    s.measureShares[i] >= o.principalShare && (p.bound || s.askShares[i] >= o.principalShare);
  // Or one recommendation lies wholly in a clause of the other (every measure of it shared, its
  // asks matched): the other's further asks do not make it partial, if the clause asks the same
  // specific thing in like words (two shared measures or a phrase are not enough here: a long
  // recommendation holds many measures and phrases).
  const wholly = (i: 0 | 1) => s.measureShares[i] >= 1 && s.askShares[i] >= o.principalShare;
  const inClause = (wholly(0) || wholly(1)) && specific > 0 && s.ask >= o.askWithSpecific;
  const principal = (side(0) && side(1)) || inClause || s.field;
  if (!principal && s.text < o.textAlone) return null;
  const byMeasure =
    s.field || specific > 0 || (p.measures.size > 0 && (phrases >= 1 || s.text >= o.textWithMeasure));
  const byPhrase = phrases >= 3 || (phrases >= 2 && s.text >= o.textWithPhrases) || s.text >= o.textAlone;
  if (!byMeasure && !byPhrase) return null;
  const basis = [
    ...((p.measures.size > 0 || s.field) && byMeasure ? ['measure'] : []),
    ...(phrases > 0 ? ['phrase'] : []),
    ...(s.text >= o.textWithPhrases ? ['text'] : []),
    ...(s.sharedLinks > 0 ? ['links'] : []),
  ];
  const m = specific > 0 ? 0.5 + 0.1 * (specific - 1) : s.field ? 0.5 : p.measures.size > 0 ? 0.25 : 0;
  return { score: scoreOf(m, phrases, s.text, s.sharedLinks), basis };
}

/** The score of a link (docs/overlap.md step 6): `m` the measure part, then phrases, text and links. */
export const scoreOf = (m: number, phrases: number, text: number, sharedLinks: number) =>
  round(
    1 -
      (1 - Math.min(m, 0.8)) *
        (1 - Math.min(0.12 * phrases, 0.6)) *
        (1 - text) *
        (1 - 0.04 * Math.min(sharedLinks, 5)),
  );

/** Score and basis of a link made by clause matches (clause-match.ts): specific measures always. */
export function clauseScore(
  c: { specific: number; phrases: readonly string[] },
  text: number,
  sharedLinks: number,
  textWithPhrases: number,
): { score: number; basis: string[] } {
  const m = c.specific > 0 ? 0.5 + 0.1 * (c.specific - 1) : 0.5;
  return {
    score: scoreOf(m, c.phrases.length, text, sharedLinks),
    basis: [
      'measure',
      'clause',
      ...(c.phrases.length > 0 ? ['phrase'] : []),
      ...(text >= textWithPhrases ? ['text'] : []),
      ...(sharedLinks > 0 ? ['links'] : []),
    ],
  };
}
