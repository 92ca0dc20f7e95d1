// Obligation chains and similar recommendations in the embedded store.
import type { RelationshipType } from '../bundle';
import type { ObligationChainArgs, SimilarArgs } from '../contract/normalise';
import { selectProperties } from '../contract/properties';
import { chainPredicates } from '../contract/query-checks';
import { compareTuples } from '../contract/ordering';
import { chainEvidenceIds, rankSimilar, similarityScore } from '../contract/results';
import type {
  GraphEdge,
  GraphNode,
  ObligationChain,
  ObligationChains,
  SimilarRecommendation,
} from '../graph-store';
import { edgeOf, need, nodeOf, nodeOrNull } from './access';
import { incidentOf } from './incidence';
import type { MemoryGraph } from './memory-graph';
import { steps } from './traversal';

/** Relationships of `id` of one type in one direction, from the incidence slices (incidence.ts). */
function along(mg: MemoryGraph, id: string, type: RelationshipType, outgoing: boolean): GraphEdge[] {
  const out: GraphEdge[] = [];
  const { edges } = mg.incidence;
  const { from, outTo, to } = incidentOf(mg.incidence, id);
  // outgoing ones are all in [from, outTo); an incoming self loop is there too, so `in` reads all
  for (let k = from, end = outgoing ? outTo : to; k < end; k++) {
    const e = edges[k] as GraphEdge;
    if (e.type === type && (outgoing ? e.start : e.end) === id) out.push(e);
  }
  return out;
}

/** A chain before it is built: its steps, and its chainKey (contract/results.ts), made once. */
interface ChainRow {
  key: string[];
  obligation: string;
  af: GraphEdge;
  im: GraphEdge;
  at: GraphEdge;
  ad: GraphEdge | null;
}

export function obligationChains(mg: MemoryGraph, query: ObligationChainArgs): ObligationChains {
  const { first } = query;
  const node = (id: string) => selectProperties(nodeOf(mg, id), query.keys);
  for (const { id, label } of query.ends) need(mg, id, label);
  const wanted = chainPredicates(query);
  const rows: ChainRow[] = [];
  for (const obligation of mg.idsByLabel.get('Obligation') ?? []) {
    if (!wanted.obligation(obligation)) continue;
    for (const af of along(mg, obligation, 'ARISES_FROM', true)) {
      if (!wanted.instrument(af.end)) continue;
      for (const im of along(mg, obligation, 'IMPLEMENTS', false)) {
        const rec = im.start;
        if (!wanted.recommendation(rec)) continue;
        const causes = along(mg, rec, 'ADDRESSES', true).filter((s) => wanted.rootCause(s.end));
        if (query.rootCause !== undefined && causes.length === 0) continue;
        for (const at of along(mg, rec, 'ADDRESSED_TO', true)) {
          if (!wanted.actor(at.end)) continue;
          for (const ad of causes.length === 0 ? [null] : causes) {
            // the order of compareChains, without building two keys per comparison
            const key = [af.end, obligation, rec, at.end, ad?.end ?? '', af.id, im.id, at.id, ad?.id ?? ''];
            rows.push({ key, obligation, af, im, at, ad });
          }
        }
      }
    }
  }
  rows.sort((a, b) => compareTuples(a.key, b.key));
  const chains: ObligationChain[] = rows.slice(0, first).map((r) => ({
    instrument: node(r.af.end),
    obligation: node(r.obligation),
    recommendation: node(r.im.start),
    actor: node(r.at.end),
    rootCause: r.ad === null ? null : node(r.ad.end),
    arisesFrom: r.af,
    implementsEdge: r.im,
    addressedTo: r.at,
    addresses: r.ad,
  }));
  if (query.evidenceKeys === undefined) return { chains, totalCount: rows.length };
  const keys = query.evidenceKeys;
  const evidence = chainEvidenceIds(chains)
    .map((id) => nodeOrNull(mg, id))
    .filter((n): n is GraphNode => n !== null)
    .map((n) => selectProperties(n, keys));
  return { chains, totalCount: rows.length, evidence };
}

export function similarRecommendations(mg: MemoryGraph, query: SimilarArgs): SimilarRecommendation[] {
  need(mg, query.id, 'Recommendation');
  const { minScore, first } = query;
  const rows = steps(mg.graph, query.id, new Set(['SIMILAR_TO'] as const), 'both').map((s) => {
    const edge = edgeOf(mg, s.edge);
    return { recommendation: nodeOf(mg, s.other), edge, score: similarityScore(edge.properties) };
  });
  return rankSimilar(rows, minScore, first);
}
