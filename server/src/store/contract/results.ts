// Shaping of results both stores share: pages, neighbourhood selection, chain and path order.
import type { ObligationChain, Page } from '../graph-store';
import { compareStrings, compareTuples } from './ordering';
import { encodeCursor } from './validate';

/** `rows` sorted by id, already past the cursor; `first + 1` rows tell whether a next page exists. */
export function pageOf<T extends { id: string }>(
  rows: readonly T[],
  first: number,
  totalCount: number,
): Page<T> {
  const items = rows.slice(0, first);
  const last = items[items.length - 1];
  return {
    items,
    totalCount,
    endCursor: last === undefined ? null : encodeCursor(last.id),
    hasNextPage: rows.length > first,
  };
}

/** Nodes kept by a neighbourhood: by (distance, id), the first `limit`. */
export function keptByDistance(distances: ReadonlyMap<string, number>, limit: number): string[] {
  return [...distances.entries()]
    .sort((a, b) => a[1] - b[1] || compareStrings(a[0], b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}

export const chainKey = (c: ObligationChain): string[] => [
  c.instrument.id,
  c.obligation.id,
  c.recommendation.id,
  c.actor.id,
  c.rootCause?.id ?? '',
  c.arisesFrom.id,
  c.implementsEdge.id,
  c.addressedTo.id,
  c.addresses?.id ?? '',
];

export const compareChains = (a: ObligationChain, b: ObligationChain): number =>
  compareTuples(chainKey(a), chainKey(b));

/** The ids the chains' relationships name as evidence, distinct and sorted. */
export function chainEvidenceIds(chains: readonly ObligationChain[]): string[] {
  const ids = new Set<string>();
  for (const c of chains)
    for (const e of [c.arisesFrom, c.implementsEdge, c.addressedTo, c.addresses]) {
      const evidence = e?.properties.evidence;
      if (Array.isArray(evidence)) for (const id of evidence) if (typeof id === 'string') ids.add(id);
    }
  return [...ids].sort(compareStrings);
}

/** Paths by length, then by their node id sequence. */
export const comparePathIds = (a: readonly string[], b: readonly string[]): number =>
  a.length - b.length || compareTuples(a, b);

/** Similar recommendations: score >= minScore, by (score desc, recommendation id, edge id), first n. */
export function rankSimilar<
  T extends { score: number; recommendation: { id: string }; edge: { id: string } },
>(rows: readonly T[], minScore: number, first: number): T[] {
  return rows
    .filter((x) => x.score >= minScore)
    .sort(
      (a, b) =>
        b.score - a.score ||
        compareStrings(a.recommendation.id, b.recommendation.id) ||
        compareStrings(a.edge.id, b.edge.id),
    )
    .slice(0, first);
}

export const similarityScore = (properties: Record<string, unknown>): number =>
  typeof properties.score === 'number' ? properties.score : 0;
