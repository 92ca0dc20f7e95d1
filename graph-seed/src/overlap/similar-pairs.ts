import { cosine, tfidfVectors } from './tfidf';

export interface SimilarityOptions {
  /** Pairs scoring below this are not kept. */
  threshold: number;
  /** At most this many partners per item (a pair stays if it is in either side's top k). */
  topK: number;
  /** Terms found in more than this share of items do not propose candidates (they still score). */
  maxDocumentFrequency: number;
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

/**
 * Pairs of items from different groups whose TF-IDF cosine reaches the threshold, the top k per
 * item. Candidates come from an inverted index over the rarer terms, so the cost grows with the
 * postings of those terms, not with all pairs; every candidate is then scored exactly.
 */
export function similarPairs(items: readonly Item[], options: SimilarityOptions): ScoredPair[] {
  const { vectors, df } = tfidfVectors(items.map((i) => i.text));
  const maxDf = Math.max(2, Math.floor(options.maxDocumentFrequency * items.length));
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const t of v.keys()) {
      if ((df.get(t) ?? 0) > maxDf) continue;
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
  });
  const best: ScoredPair[][] = items.map(() => []);
  for (let i = 0; i < items.length; i++) {
    const seen = new Set<number>();
    for (const t of vectors[i]!.keys()) {
      for (const j of postings.get(t) ?? []) {
        if (j <= i || seen.has(j) || items[j]!.group === items[i]!.group) continue;
        seen.add(j);
        const score = Math.round(cosine(vectors[i]!, vectors[j]!) * 10_000) / 10_000;
        if (score < options.threshold) continue;
        const pair = { a: items[i]!.id, b: items[j]!.id, score };
        best[i]!.push(pair);
        best[j]!.push(pair);
      }
    }
  }
  const kept = new Map<string, ScoredPair>();
  for (const list of best) {
    list.sort((x, y) => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1));
    for (const p of list.slice(0, options.topK)) kept.set(`${p.a}|${p.b}`, p);
  }
  return [...kept.values()].sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
}
