// Obligation chains and similar recommendations in the embedded store.
import type { RelationshipType } from '../bundle';
import { chainFilterIds, chainPredicates } from '../contract/query-checks';
import { compareChains, rankSimilar, similarityScore } from '../contract/results';
import * as v from '../contract/validate';
import type {
  ObligationChain,
  ObligationChainQuery,
  ObligationChains,
  SimilarRecommendation,
} from '../graph-store';
import { edgeOf, need, nodeOf } from './access';
import type { MemoryGraph } from './memory-graph';
import { steps } from './traversal';

const along = (mg: MemoryGraph, id: string, type: RelationshipType, direction: 'out' | 'in') =>
  steps(mg.incidence, id, new Set([type]), direction);

export function obligationChains(mg: MemoryGraph, query: ObligationChainQuery): ObligationChains {
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  for (const { id, label } of chainFilterIds(query)) need(mg, id, label);
  const wanted = chainPredicates(query);
  const chains: ObligationChain[] = [];
  for (const obligation of mg.idsByLabel.get('Obligation') ?? []) {
    if (!wanted.obligation(obligation)) continue;
    for (const af of along(mg, obligation, 'ARISES_FROM', 'out')) {
      if (!wanted.instrument(af.other)) continue;
      for (const im of along(mg, obligation, 'IMPLEMENTS', 'in')) {
        const rec = im.other;
        if (!wanted.recommendation(rec)) continue;
        const causes = along(mg, rec, 'ADDRESSES', 'out').filter((s) => wanted.rootCause(s.other));
        if (query.rootCause !== undefined && causes.length === 0) continue;
        for (const at of along(mg, rec, 'ADDRESSED_TO', 'out')) {
          if (!wanted.actor(at.other)) continue;
          for (const ad of causes.length === 0 ? [null] : causes) {
            chains.push({
              instrument: nodeOf(mg, af.other),
              obligation: nodeOf(mg, obligation),
              recommendation: nodeOf(mg, rec),
              actor: nodeOf(mg, at.other),
              rootCause: ad === null ? null : nodeOf(mg, ad.other),
              arisesFrom: edgeOf(mg, af.edge),
              implementsEdge: edgeOf(mg, im.edge),
              addressedTo: edgeOf(mg, at.edge),
              addresses: ad === null ? null : edgeOf(mg, ad.edge),
            });
          }
        }
      }
    }
  }
  chains.sort(compareChains);
  return { chains: chains.slice(0, first), totalCount: chains.length };
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
