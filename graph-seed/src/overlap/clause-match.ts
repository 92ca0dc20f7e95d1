// Overlap of two recommendations on one ask each: an ask of one and an ask of the other call for
// the same specific measure in like words, whatever else either recommendation asks. Readers
// compare ask by ask, so a short recommendation and one clause of a long one of several asks
// overlap genuinely when that clause asks the same thing (illicit financial flows inside a list).

/** What one ask of a and one ask of b share. */
export interface AskPairShare {
  ua: number;
  ub: number;
  /** Specific measures both asks call for in their own words (not only in a chapeau). */
  specific: Set<string>;
  /** Themes (broad measures) both asks call for in their own words. */
  themes: Set<string>;
  phrases: Set<string>;
}

/** The ask pairs of one candidate pair of recommendations, keyed by `ua:ub`. */
export type AskPairs = Map<string, AskPairShare>;

/**
 * Records what ask `ua` of a and ask `ub` of b share: a distinctive phrase (`phrase`), or a measure
 * both call for in their own words (`own`: not only in a chapeau), a theme where `broad`. An
 * instrument-bound measure comes here only on a common instrument (its posting key holds it).
 */
export function recordShare(
  pairs: AskPairs,
  ua: number,
  ub: number,
  id: string,
  phrase: boolean,
  own: boolean,
  broad: boolean,
): void {
  const k = `${ua}:${ub}`;
  let s = pairs.get(k);
  // a phrase alone never makes two asks one ask: it is kept only beside a shared measure (an ask's
  // measure keys come before its phrase keys, so that measure is already recorded)
  if (!s && phrase) return;
  if (!s) {
    s = { ua, ub, specific: new Set(), themes: new Set(), phrases: new Set() };
    pairs.set(k, s);
  }
  if (phrase) s.phrases.add(id);
  else if (own) (broad ? s.themes : s.specific).add(id);
}

export interface ClauseOptions {
  /** Ask similarity that, with a shared wide measure only, makes the two asks one ask. */
  askWithSpecific: number;
  /** Measures that hold several distinct asks (measures.yaml `wide`). */
  wide?: ReadonlySet<string>;
}

/**
 * Whether two asks ask the same thing: a shared specific measure (the same action on the same
 * target, as the catalogue's frames read it). A narrow measure (ratify a common treaty, free legal
 * aid, zero tolerance) is one ask wherever it is called for; a wide one holds different asks
 * (non-punishment covers not detaining and expunging records), so where every shared measure is
 * wide the two asks need shared wording too: a second shared specific measure or ask similarity.
 * A theme alone is never a clause match: two asks in one sub-area can ask different things.
 */
export function sameAsk(s: AskPairShare, askSimilarity: number, o: ClauseOptions): boolean {
  const narrow = [...s.specific].some((m) => !o.wide?.has(m));
  if (narrow) return true;
  if (s.specific.size === 0) return false;
  return s.specific.size >= 2 || askSimilarity >= o.askWithSpecific;
}

/** The ask pairs of a candidate that ask the same thing, in order; empty when none does. */
export function clauseMatches(
  pairs: AskPairs,
  similarity: (ua: number, ub: number) => number,
  o: ClauseOptions,
): Array<AskPairShare & { ask: number }> {
  const out: Array<AskPairShare & { ask: number }> = [];
  for (const s of pairs.values()) {
    // no shared specific measure, no same ask: the similarity is not needed
    if (s.specific.size === 0) continue;
    const ask = similarity(s.ua, s.ub);
    if (sameAsk(s, ask, o)) out.push({ ...s, ask });
  }
  return out.sort((x, y) => x.ua - y.ua || x.ub - y.ub);
}

/** A link made by clause matches: the matched asks only, their shared measures and phrases. */
export interface ClauseLink {
  measures: string[];
  phrases: string[];
  unitsA: number[];
  unitsB: number[];
  ask: number;
  specific: number;
  /** Whose every measure lies in the matched asks' shared measures: that side is contained. */
  direction: 'same' | 'start-in-end' | 'end-in-start' | 'overlap';
}

export function clauseLink(
  matches: ReadonlyArray<AskPairShare & { ask: number }>,
  measuresA: ReadonlySet<string>,
  measuresB: ReadonlySet<string>,
): ClauseLink {
  const measures = new Set<string>();
  const specific = new Set<string>();
  const phrases = new Set<string>();
  for (const m of matches) {
    for (const x of m.specific) {
      measures.add(x);
      specific.add(x);
    }
    for (const x of m.themes) measures.add(x);
    for (const x of m.phrases) phrases.add(x);
  }
  const inside = (r: ReadonlySet<string>) => r.size > 0 && [...r].every((x) => measures.has(x));
  const [aIn, bIn] = [inside(measuresA), inside(measuresB)];
  const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((x, y) => x - y);
  return {
    measures: [...measures].sort(),
    phrases: [...phrases].sort(),
    unitsA: sorted(matches.map((m) => m.ua)),
    unitsB: sorted(matches.map((m) => m.ub)),
    ask: Math.max(...matches.map((m) => m.ask)),
    specific: specific.size,
    direction: aIn && bIn ? 'same' : aIn ? 'start-in-end' : bIn ? 'end-in-start' : 'overlap',
  };
}
