// Obligation chains and similar recommendations on Neo4j.
import { chainFilterIds } from '../contract/query-checks';
import { compareChains, rankSimilar, similarityScore } from '../contract/results';
import * as v from '../contract/validate';
import type {
  ObligationChain,
  ObligationChainQuery,
  ObligationChains,
  SimilarRecommendation,
} from '../graph-store';
import { need } from './access';
import type { Neo4jConnection } from './connection';
import * as cya from './cypher-aggregates';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './records';

export async function obligationChains(
  conn: Neo4jConnection,
  query: ObligationChainQuery,
): Promise<ObligationChains> {
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  const wanted = chainFilterIds(query);
  return conn.read(async (run, ver) => {
    if (wanted.length > 0) await need(run, ver, wanted);
    type Row = Record<'instrument' | 'obligation' | 'recommendation' | 'actor', NodeRow> & {
      rootCause: NodeRow | null;
      arisesFrom: EdgeRow;
      implementsEdge: EdgeRow;
      addressedTo: EdgeRow;
      addresses: EdgeRow | null;
    };
    const rows = await run<Row>(
      cya.obligationChains(ver, {
        instrument: query.instrument ?? null,
        obligation: query.obligation ?? null,
        recommendation: query.recommendation ?? null,
        actor: query.actor ?? null,
        rootCause: query.rootCause ?? null,
      }),
    );
    const chains: ObligationChain[] = rows.map((r) => ({
      instrument: toNode(r.instrument),
      obligation: toNode(r.obligation),
      recommendation: toNode(r.recommendation),
      actor: toNode(r.actor),
      rootCause: r.rootCause === null ? null : toNode(r.rootCause),
      arisesFrom: toEdge(r.arisesFrom),
      implementsEdge: toEdge(r.implementsEdge),
      addressedTo: toEdge(r.addressedTo),
      addresses: r.addresses === null ? null : toEdge(r.addresses),
    }));
    chains.sort(compareChains);
    return { chains: chains.slice(0, first), totalCount: chains.length };
  });
}

export async function similarRecommendations(
  conn: Neo4jConnection,
  query: {
    id: string;
    minScore?: number;
    first: number;
  },
): Promise<SimilarRecommendation[]> {
  v.checkId(query.id);
  const minScore = v.checkScore('minScore', query.minScore);
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  return conn.read(async (run, ver) => {
    await need(run, ver, [{ id: query.id, label: 'Recommendation' }]);
    const rows = await run<{ node: NodeRow; edge: EdgeRow }>(cya.similarTo(ver, query.id));
    const similar = rows.map((r) => {
      const edge = toEdge(r.edge);
      return { recommendation: toNode(r.node), edge, score: similarityScore(edge.properties) };
    });
    return rankSimilar(similar, minScore, first);
  });
}
