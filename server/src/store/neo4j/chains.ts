// Obligation chains and similar recommendations on Neo4j.
import neo4j from 'neo4j-driver';
import type { ObligationChainArgs, SimilarArgs } from '../contract/normalise';
import { compareStrings } from '../contract/ordering';
import { compareChains, rankSimilar, similarityScore } from '../contract/results';
import type {
  GraphEdge,
  GraphNode,
  ObligationChain,
  ObligationChains,
  SimilarRecommendation,
} from '../graph-store';
import { needAt } from './access';
import type { Neo4jConnection } from './connection';
import * as cya from './cypher-aggregates';
import * as cyc from './cypher-chains';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './encoding';

const byNodeId = (a: GraphNode, b: GraphNode): number => compareStrings(a.id, b.id);

export async function obligationChains(
  conn: Neo4jConnection,
  query: ObligationChainArgs,
): Promise<ObligationChains> {
  const { first, ends: wanted } = query;
  return conn.readAt(async (run, at) => {
    const [found] = await run<{
      total: number;
      chains: cyc.ChainKeys[];
      nodes: NodeRow[];
      edges: EdgeRow[];
      evidence?: NodeRow[];
    }>(
      cyc.obligationChains(
        at,
        {
          instrument: query.instrument ?? null,
          obligation: query.obligation ?? null,
          recommendation: query.recommendation ?? null,
          actor: query.actor ?? null,
          rootCause: query.rootCause ?? null,
        },
        neo4j.int(first),
        query.keys,
        query.evidenceKeys,
      ),
    );
    // a chain matches every named end by id and label; only without one can an end be missing
    if (found === undefined && wanted.length > 0) await needAt(run, at, wanted);
    const nodes = new Map((found?.nodes ?? []).map((n) => [n.id, toNode(n)]));
    const edges = new Map((found?.edges ?? []).map((e) => [e.id, toEdge(e)]));
    const node = (id: string) => nodes.get(id) as GraphNode;
    const edge = (id: string) => edges.get(id) as GraphEdge;
    const chains: ObligationChain[] = (found?.chains ?? []).map(([i, o, r, a, c, af, im, adt, ad]) => ({
      instrument: node(i),
      obligation: node(o),
      recommendation: node(r),
      actor: node(a),
      rootCause: c === null ? null : node(c),
      arisesFrom: edge(af),
      implementsEdge: edge(im),
      addressedTo: edge(adt),
      addresses: ad === null ? null : edge(ad),
    }));
    // already in this order from Cypher; sorted again by the shared rule so both stores agree exactly
    chains.sort(compareChains);
    if (query.evidenceKeys === undefined) return { chains, totalCount: found?.total ?? 0 };
    const evidence = (found?.evidence ?? []).map(toNode).sort(byNodeId);
    return { chains, totalCount: found?.total ?? 0, evidence };
  });
}

export async function similarRecommendations(
  conn: Neo4jConnection,
  query: SimilarArgs,
): Promise<SimilarRecommendation[]> {
  const { minScore, first } = query;
  return conn.readAt(async (run, at) => {
    const { v: ver } = await needAt(run, at, [{ id: query.id, label: 'Recommendation' }]);
    const rows = await run<{ node: NodeRow; edge: EdgeRow }>(cya.similarTo(ver, query.id));
    const similar = rows.map((r) => {
      const edge = toEdge(r.edge);
      return { recommendation: toNode(r.node), edge, score: similarityScore(edge.properties) };
    });
    return rankSimilar(similar, minScore, first);
  });
}
