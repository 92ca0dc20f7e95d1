import { cosine, tfidfVectors, type Vector } from './tfidf';

export interface SimilarityOptions {
  /** Pairs scoring below this are not kept. */
  threshold: number;
  /** At most this many partners per item (a pair stays if it is in either side's top k). */
  topK: number;
  /** Only an item's this many heaviest terms propose candidates. */
  termsPerItem: number;
  /** Terms found in more than this many items propose no candidates (they still count in scores). */
  maxPostings: number;
  /** Per item, only this many candidates (best by the partial score of the proposing terms) are scored. */
  candidatesPerItem: number;
}

export interface Item {
  id: string;
  group: string;
  text: string;
}

export interface ScoredPair {
  a: string;
  b: string;
  score: number;
}

/** The item's heaviest terms, ties by term, so candidate generation is deterministic. */
function heaviest(v: Vector, n: number): string[] {
  return [...v]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, n)
    .map(([t]) => t);
}

/**
 * Pairs of items from different groups whose TF-IDF cosine reaches the threshold, the top k per
 * item. Candidates come from an inverted index, read only for each item's heaviest terms and only
 * for terms in at most `maxPostings` items, and only the best `candidatesPerItem` of them (by the
 * partial score of those terms) are scored exactly over all their terms: the work per item is
 * bounded by a constant, so the step grows linearly with the number of items, never with all pairs.
 */
export function similarPairs(items: readonly Item[], options: SimilarityOptions): ScoredPair[] {
  const { vectors, df } = tfidfVectors(items.map((i) => i.text));
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const t of v.keys()) {
      if ((df.get(t) ?? 0) > options.maxPostings) continue;
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
  });
  // `order` (a + b) breaks ties and orders the result; made once per pair, not per comparison.
  const best: Array<Array<ScoredPair & { order: string }>> = items.map(() => []);
  const scored = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const v = vectors[i]!;
    // Partial dot products over the proposing terms rank the candidates; only the best are scored.
    const partial = new Map<number, number>();
    for (const t of heaviest(v, options.termsPerItem)) {
      const w = v.get(t)!;
      for (const j of postings.get(t) ?? []) {
        if (j === i || items[j]!.group === items[i]!.group) continue;
        partial.set(j, (partial.get(j) ?? 0) + w * vectors[j]!.get(t)!);
      }
    }
    const candidates = [...partial]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, options.candidatesPerItem);
    for (const [j] of candidates) {
      const [lo, hi] = i < j ? [i, j] : [j, i];
      const key = lo * items.length + hi;
      if (scored.has(key)) continue;
      scored.add(key);
      const score = Math.round(cosine(vectors[lo]!, vectors[hi]!) * 10_000) / 10_000;
      if (score < options.threshold) continue;
      const pair = { a: items[lo]!.id, b: items[hi]!.id, score, order: items[lo]!.id + items[hi]!.id };
      best[lo]!.push(pair);
      best[hi]!.push(pair);
    }
  }
  const kept = new Map<string, ScoredPair & { order: string }>();
  for (const list of best) {
    list.sort((x, y) => y.score - x.score || (x.order < y.order ? -1 : 1));
    for (const p of list.slice(0, options.topK)) kept.set(`${p.a}|${p.b}`, p);
  }
  return [...kept.values()]
    .sort((x, y) => (x.order < y.order ? -1 : 1))
    .map(({ a, b, score }) => ({ a, b, score }));
}
