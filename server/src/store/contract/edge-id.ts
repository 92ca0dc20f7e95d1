// Relationship ids. The bundle gives relationships no id, but the API (Cytoscape edges, DataLoader keys)
// needs stable ones that are equal in both stores: `<start>-[<TYPE>]-><end>`, and `#<k>` appended for
// the k-th (k >= 2) relationship of the same type between the same nodes, in bundle order.
import type { BundleRelationship } from '../bundle';

export const baseEdgeId = (r: Pick<BundleRelationship, 'start' | 'type' | 'end'>): string =>
  `${r.start}-[${r.type}]->${r.end}`;

/**
 * For each relationship (index-aligned), its rank among the relationships of the same type between
 * the same nodes, in bundle order: 1 for the first. The Neo4j loader stores only ranks ≥ 2; readers
 * rebuild the id from the ends, the type and that rank (neo4j/records.ts edgeIdOf).
 */
export const edgeRanks = (relationships: readonly BundleRelationship[]): number[] => {
  const seen = new Map<string, number>();
  return relationships.map((r) => {
    const base = baseEdgeId(r);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k;
  });
};

/** Ids for the relationships of a bundle, index-aligned with `relationships`. */
export const edgeIds = (relationships: readonly BundleRelationship[]): string[] => {
  const ranks = edgeRanks(relationships);
  return relationships.map((r, i) => {
    const k = ranks[i] as number;
    return k === 1 ? baseEdgeId(r) : `${baseEdgeId(r)}#${k}`;
  });
};
