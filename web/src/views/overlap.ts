import type { OverlapQuery, SimilarBetweenQuery } from '../api/generated/graphql';

export type OverlapCell = OverlapQuery['overlap']['cells'][number];

export interface SimilarPair {
  a: { id: string; ref: string; text: string };
  b: { id: string; ref: string; text: string };
  score: number;
  method: string;
}

/** What the pairing reads of a recommendation of the SimilarBetween query. */
export type RecWithSimilar = Omit<SimilarBetweenQuery['recommendations']['edges'][number]['node'], 'force'>;

/** Pairs of recommendations, one in each document, that the graph links as similar; best first. */
export function similarPairs(recsOfA: readonly RecWithSimilar[], documentB: string): SimilarPair[] {
  const pairs: SimilarPair[] = [];
  for (const rec of recsOfA) {
    for (const s of rec.similar) {
      if (s.node.documentId !== documentB) continue;
      pairs.push({
        a: { id: rec.id, ref: rec.ref, text: rec.text },
        b: s.node,
        score: s.score,
        method: s.method,
      });
    }
  }
  return pairs.sort(
    (x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id),
  );
}

export function cellOf(cells: readonly OverlapCell[], a: string, b: string): OverlapCell | undefined {
  // Overlap is symmetric; read either ordered pair the API returns.
  return cells.find((c) => c.a.id === a && c.b.id === b) ?? cells.find((c) => c.a.id === b && c.b.id === a);
}

/** A sequential single-hue scale (light to dark blue): readable with any colour-vision deficiency. */
export function heat(count: number, max: number): string {
  if (max <= 0 || count <= 0) return 'hsl(205 60% 97%)';
  const t = count / max;
  return `hsl(205 70% ${Math.round(92 - t * 57)}%)`;
}

/**
 * The documents an overlap compares: the user's choice (unknown ids dropped, each once, at most `max`),
 * or, before any choice, the first `byDefault` documents in the API's order.
 */
export function overlapSelection(
  all: readonly string[],
  chosen: readonly string[] | null,
  max: number,
  byDefault: number,
): string[] {
  if (chosen === null) return all.slice(0, Math.min(byDefault, max));
  const known = new Set(all);
  return [...new Set(chosen)].filter((id) => known.has(id)).slice(0, max);
}

/** The selection with `id` added (kept in the documents' order) or removed. */
export function toggleDocument(all: readonly string[], selection: readonly string[], id: string): string[] {
  const keep = new Set(selection);
  if (keep.has(id)) keep.delete(id);
  else keep.add(id);
  return all.filter((d) => keep.has(d));
}
