import type { RecommendationAsks } from './ask-overlap';

// The candidate pairs of overlap: posting lists from each ask's keys (its measures, with the
// instrument for instrument-bound ones, and its distinctive phrases) to the asks that hold them.

export type Entry = [rec: number, unit: number, lead: boolean, general: boolean, subjects: readonly string[]];
type UnitKey = { key: string; lead: boolean; general: boolean; subjects: readonly string[] };

const NONE: readonly string[] = [];

/**
 * Two asks on different specific objects of one frame of a measure ask it for different subjects
 * (subjects are `<frame>.<object>`; asks matched by different frames are not compared).
 */
export function otherSubject(a: readonly string[], b: readonly string[]): boolean {
  const frame = (s: string) => s.slice(0, s.indexOf('.'));
  const framesB = new Set(b.map(frame));
  if (!a.some((s) => framesB.has(frame(s)))) return false;
  return !a.some((s) => b.includes(s));
}
export type Key = [kind: 'm' | 'g', id: string, instrument?: string];

/** Posting lists: key → (recommendation, unit) entries, in recommendation order; each unit's keys. */
export function postings(recs: readonly RecommendationAsks[], rare: (gram: string) => boolean) {
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
export function after(list: readonly Entry[], rec: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] <= rec) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
