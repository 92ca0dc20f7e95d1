// Relationship ids. The bundle gives relationships no id, but the API (Cytoscape edges, DataLoader keys)
// needs stable ones that are equal in both stores: `<start>-[<TYPE>]-><end>`, and `#<k>` appended for
// the k-th (k >= 2) relationship of the same type between the same nodes, in bundle order.
import type { BundleRelationship } from '../bundle';

export const baseEdgeId = (r: Pick<BundleRelationship, 'start' | 'type' | 'end'>): string =>
  `${r.start}-[${r.type}]->${r.end}`;

/** Ids for the relationships of a bundle, index-aligned with `relationships`. */
export const edgeIds = (relationships: readonly BundleRelationship[]): string[] => {
  const seen = new Map<string, number>();
  return relationships.map((r) => {
    const base = baseEdgeId(r);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}#${k}`;
  });
};
