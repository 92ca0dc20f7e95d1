import { terms } from './terms';

/** A sparse, L2-normalised TF-IDF vector: term → weight. */
export type Vector = Map<string, number>;

/**
 * TF-IDF vectors (sublinear tf, smoothed idf) over a collection. Pure: the same texts give the
 * same vectors.
 */
export function tfidfVectors(texts: readonly string[]): { vectors: Vector[]; df: Map<string, number> } {
  const tokenised = texts.map(terms);
  const df = new Map<string, number>();
  for (const toks of tokenised) for (const t of new Set(toks)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = texts.length;
  const vectors = tokenised.map((toks) => {
    const tf = new Map<string, number>();
    for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log((1 + n) / (1 + (df.get(t) ?? 0)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  return { vectors, df };
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}
