import type { OverlapDirection } from '../api/generated/enums';
import type { OverlapQuery, OverlapRecFragment, SimilarBetweenQuery } from '../api/generated/graphql';
import { indexSpans, markParts, type TextPart } from '../reading/spans';

export type OverlapCell = NonNullable<OverlapQuery['overlap']>['cells'][number];

/** How a similar pair's asks relate, seen from the recommendation of document A. */
export type Containment = OverlapDirection;

/** A recommendation as the overlap cell shows it: its text, force, addressees and chapeau. */
export interface PairSide {
  id: string;
  ref: string;
  text: string;
  force: string;
  addressees: string[];
  /** The provision it is stated in, and that provision's chapeau (lead-in), if any. */
  provisionId: string;
  lead: { id: string; text: string } | null;
}

export interface SimilarPair {
  a: PairSide;
  b: PairSide;
  score: number;
  method: string;
  measures: { id: string; name: string }[];
  /** The matched asks in both texts: `<provision id>@<start>-<end>`. */
  spans: string[];
  phrases: string[];
  direction: Containment;
}

/** A recommendation as the overlap queries read it (the `OverlapRec` fragment). */
export type RecNode = OverlapRecFragment;

/** A recommendation of document A with the recommendations the graph links to it as similar. */
export type RecWithSimilar = NonNullable<SimilarBetweenQuery['recommendations']>['edges'][number]['node'];

/** A recommendation as one side of a pair: addressees by name, its provision and chapeau. */
export const side = (r: RecNode): PairSide => ({
  id: r.id,
  ref: r.ref,
  text: r.text,
  force: r.force,
  addressees: r.addressees.map((a) => a.node.name),
  provisionId: r.provision.id,
  lead: r.provision.parent,
});

/** Pairs of recommendations, one in each document, that the graph links as similar; best first. */
export function similarPairs(recsOfA: readonly RecWithSimilar[], documentB: string): SimilarPair[] {
  const pairs: SimilarPair[] = [];
  for (const rec of recsOfA) {
    for (const s of rec.similar) {
      if (s.node.documentId !== documentB) continue;
      pairs.push({
        a: side(rec),
        b: side(s.node),
        score: s.score,
        method: s.method,
        measures: s.measures,
        spans: s.spans,
        phrases: s.phrases,
        direction: s.direction,
      });
    }
  }
  return pairs.sort(
    (x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id),
  );
}

export interface MeasureGroup {
  measure: { id: string; name: string } | null;
  pairs: SimilarPair[];
}

/**
 * Pairs grouped by the measures they share, groups by size then name; a pair sharing several
 * measures is listed under each, a pair sharing only phrases under "no catalogued measure" (last).
 */
export function groupByMeasure(pairs: readonly SimilarPair[]): MeasureGroup[] {
  const groups = new Map<string, MeasureGroup>();
  const none: SimilarPair[] = [];
  for (const p of pairs) {
    if (p.measures.length === 0) none.push(p);
    for (const m of p.measures) {
      const g = groups.get(m.id) ?? { measure: m, pairs: [] };
      g.pairs.push(p);
      groups.set(m.id, g);
    }
  }
  const sorted = [...groups.values()].sort(
    (x, y) => y.pairs.length - x.pairs.length || (x.measure?.name ?? '').localeCompare(y.measure?.name ?? ''),
  );
  return none.length > 0 ? [...sorted, { measure: null, pairs: none }] : sorted;
}

export type Piece = TextPart;

/**
 * A provision's text cut into pieces, the parts inside any of `spans` that point into `provisionId`
 * marked (overlapping spans merged). Spans of other provisions are ignored.
 */
export function highlight(text: string, provisionId: string, spans: readonly string[]): Piece[] {
  return markParts(text, indexSpans(spans).get(provisionId));
}

/** What the direction means, in words, from A's side. */
export const DIRECTION_TEXT: Record<Containment, string> = {
  SAME: 'same asks',
  CONTAINED_IN: 'contained in the other',
  CONTAINS: 'contains the other',
  PARTIAL: 'partly shared',
};

export function cellOf(cells: readonly OverlapCell[], a: string, b: string): OverlapCell | undefined {
  // Overlap is symmetric; read either ordered pair the API returns.
  return cells.find((c) => c.a.id === a && c.b.id === b) ?? cells.find((c) => c.a.id === b && c.b.id === a);
}

/**
 * The share of items two documents have in common: shared over all items either has (Jaccard), so a
 * cell of two documents that share everything they say is 1 however much or little that is, and
 * documents that each touch every obligation are no longer told apart by their size.
 */
export function shareInCommon(shared: number, itemsOfA: number, itemsOfB: number): number {
  const union = itemsOfA + itemsOfB - shared;
  return union > 0 ? shared / union : 0;
}

/** Items per document, from coverage rows (one count per document column). */
export function itemsPerDocument(
  documents: readonly { id: string }[],
  rows: readonly { counts: number[] }[],
): Map<string, number> {
  return new Map(documents.map((d, i) => [d.id, rows.filter((r) => (r.counts[i] ?? 0) > 0).length]));
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
