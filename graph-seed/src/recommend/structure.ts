import { provisionsOf } from '../products';
import type { DocumentState, Provision } from '../types';
import { callsToRatify } from '../recognise/ratification';
import { chapeauRefs, isRecommendation } from './detect';

/**
 * The shape of one document as the recommendation rules read it: which provisions are
 * recommendations, and each sub-item's chapeaux (nearest first). Shared by the stages that
 * need it (recognise-obligations decides STATED_IN vs IMPLEMENTS by it; recommend builds on it).
 */
export interface RecommendationStructure {
  isRecommendation(p: Provision): boolean;
  /** Chapeaux of a sub-item, nearest first ("9(b)(iii)" → "9(b)", "9"). */
  chapeauxOf(p: Provision): Provision[];
  /** Whether the provision is the chapeau of sub-items that are recommendations. */
  introducesRecommendations(p: Provision): boolean;
  /** Whether the provision is (or introduces) a call to ratify instruments. */
  callsToRatify(p: Provision): boolean;
}

export function recommendationStructure(doc: DocumentState): RecommendationStructure {
  const provisions = provisionsOf(doc);
  const byRef = new Map(provisions.filter((p) => p.kind !== 'footnote').map((p) => [p.ref, p]));
  const chapeaux = chapeauRefs(provisions);
  const parentOf = (p: Provision) => (p.parentRef ? byRef.get(p.parentRef) : undefined);
  const recs = new Set(
    provisions.filter((p) => isRecommendation(doc.meta.kind, p, chapeaux, parentOf)).map((p) => p.id),
  );
  const introducing = new Set<string>();
  for (const p of provisions) {
    if (!recs.has(p.id)) continue;
    for (let q = parentOf(p); q; q = parentOf(q)) introducing.add(q.id);
  }
  return {
    isRecommendation: (p) => recs.has(p.id),
    chapeauxOf(p) {
      const out: Provision[] = [];
      for (let q = parentOf(p); q && !out.includes(q); q = parentOf(q)) out.push(q);
      return out;
    },
    introducesRecommendations: (p) => introducing.has(p.id),
    callsToRatify(p) {
      if (!recs.has(p.id) && !introducing.has(p.id)) return false;
      const chain: Provision[] = [p];
      for (let q = parentOf(p); q && !chain.includes(q); q = parentOf(q)) chain.push(q);
      return callsToRatify(chain.map((q) => q.text));
    },
  };
}
