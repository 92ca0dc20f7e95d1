// Obligation chains and similar recommendations in the embedded store.
import type { RelationshipType } from '../bundle';
import { chainFilterIds, chainPredicates } from '../contract/query-checks';
import { compareTuples } from '../contract/ordering';
import { rankSimilar, similarityScore } from '../contract/results';
import * as v from '../contract/validate';
import type {
  ObligationChain,
  ObligationChainQuery,
  ObligationChains,
  SimilarRecommendation,
} from '../graph-store';
import { edgeOf, need, nodeOf } from './access';
import type { Incidence, MemoryGraph } from './memory-graph';
import { steps } from './traversal';

/** Relationships of `id` of one type in one direction (no set or closure per call: chains call it most). */
function along(mg: MemoryGraph, id: string, type: RelationshipType, outgoing: boolean): Incidence[] {
  const out: Incidence[] = [];
  for (const i of mg.incidence.get(id) ?? []) if (i.type === type && i.outgoing === outgoing) out.push(i);
  return out;
}

/** A chain before it is built: its steps, and its chainKey (contract/results.ts), made once. */
interface ChainRow {
  key: string[];
  obligation: string;
  af: Incidence;
  im: Incidence;
  at: Incidence;
  ad: Incidence | null;
}

export function obligationChains(mg: MemoryGraph, query: ObligationChainQuery): ObligationChains {
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  for (const { id, label } of chainFilterIds(query)) need(mg, id, label);
  const wanted = chainPredicates(query);
  const rows: ChainRow[] = [];
  for (const obligation of mg.idsByLabel.get('Obligation') ?? []) {
    if (!wanted.obligation(obligation)) continue;
    for (const af of along(mg, obligation, 'ARISES_FROM', true)) {
      if (!wanted.instrument(af.other)) continue;
      for (const im of along(mg, obligation, 'IMPLEMENTS', false)) {
        const rec = im.other;
        if (!wanted.recommendation(rec)) continue;
        const causes = along(mg, rec, 'ADDRESSES', true).filter((s) => wanted.rootCause(s.other));
        if (query.rootCause !== undefined && causes.length === 0) continue;
        for (const at of along(mg, rec, 'ADDRESSED_TO', true)) {
          if (!wanted.actor(at.other)) continue;
          for (const ad of causes.length === 0 ? [null] : causes) {
            // the order of compareChains, without building two keys per comparison
            const key = [
              af.other,
              obligation,
              rec,
              at.other,
              ad?.other ?? '',
              af.edge,
              im.edge,
              at.edge,
              ad?.edge ?? '',
            ];
            rows.push({ key, obligation, af, im, at, ad });
          }
        }
      }
    }
  }
  rows.sort((a, b) => compareTuples(a.key, b.key));
  const chains: ObligationChain[] = rows.slice(0, first).map((r) => ({
    instrument: nodeOf(mg, r.af.other),
    obligation: nodeOf(mg, r.obligation),
    recommendation: nodeOf(mg, r.im.other),
    actor: nodeOf(mg, r.at.other),
    rootCause: r.ad === null ? null : nodeOf(mg, r.ad.other),
    arisesFrom: edgeOf(mg, r.af.edge),
    implementsEdge: edgeOf(mg, r.im.edge),
    addressedTo: edgeOf(mg, r.at.edge),
    addresses: r.ad === null ? null : edgeOf(mg, r.ad.edge),
  }));
  return { chains, totalCount: rows.length };
}

export function similarRecommendations(
  mg: MemoryGraph,
  query: { id: string; minScore?: number; first: number },
): SimilarRecommendation[] {
  need(mg, query.id, 'Recommendation');
  const minScore = v.checkScore('minScore', query.minScore);
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  const rows = steps(mg.incidence, query.id, new Set(['SIMILAR_TO'] as const), 'both').map((s) => {
    const edge = edgeOf(mg, s.edge);
    return { recommendation: nodeOf(mg, s.other), edge, score: similarityScore(edge.properties) };
  });
  return rankSimilar(rows, minScore, first);
}
