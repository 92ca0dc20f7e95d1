// The GraphStore on a real Neo4j. Cypher does the graph work (matching, expansion, joins); the shared
// contract modules do ranking, ordering and aggregation, so answers equal the memory store's.
// Queries arrive normalised (contract/contract-store.ts); each group of queries lives in its own
// module, this class holds the connection and wires them to it.
import { ContractStore, type StoreAnswers } from '../contract/contract-store';
import type { GraphNode, StoreHealth } from '../graph-store';
import { fetchNodesAt, needAt } from './access';
import * as aggregates from './aggregates';
import * as chains from './chains';
import { Neo4jConnection, type Neo4jSettings } from './connection';
import * as cy from './cypher';
import * as lookups from './lookups';
import * as recs from './recommendations';
import * as walks from './walks';

const answersOf = (conn: Neo4jConnection): StoreAnswers => ({
  node: (id) => conn.readAt(async (run, at) => (await needAt(run, at, [{ id }])).nodes.get(id) as GraphNode),
  nodes: async (ids) => {
    const found = await conn.readAt((run, at) => fetchNodesAt(run, at, ids));
    return ids.map((id) => found.nodes.get(id) ?? null);
  },
  listNodes: (args) => lookups.listNodes(conn, args),
  relationships: (args) => lookups.relationships(conn, args),
  search: (args) => lookups.search(conn, args),
  recommendations: (args) => recs.recommendations(conn, args),
  recommendationCounts: (args) => recs.recommendationCounts(conn, args),
  neighbourhood: (args) => walks.neighbourhood(conn, args),
  paths: (args) => walks.paths(conn, args),
  obligationChains: (args) => chains.obligationChains(conn, args),
  similarRecommendations: (args) => chains.similarRecommendations(conn, args),
  overlap: (args) => aggregates.overlap(conn, args),
  coverage: (args) => aggregates.coverage(conn, args),
  stats: () => aggregates.stats(conn),
  exportBundle: (args) => aggregates.exportBundle(conn, args),
});

export class Neo4jGraphStore extends ContractStore {
  readonly kind = 'neo4j' as const;
  private readonly conn: Neo4jConnection;
  protected readonly answers: StoreAnswers;

  constructor(settings: Neo4jSettings) {
    super();
    this.conn = new Neo4jConnection(settings);
    this.answers = answersOf(this.conn);
  }

  /** One round trip: the health check is asked while heavy reads run, and waits behind each of them. */
  async health(): Promise<StoreHealth> {
    try {
      const [meta] = await this.conn.readAt((run) =>
        run<{ v: number | null; nodes: number | null }>(cy.currentVersion(this.conn.graphKey)),
      );
      return { status: 'up', store: 'neo4j', nodes: meta?.nodes ?? 0, version: meta?.v ?? -1 };
    } catch {
      return { status: 'down', store: 'neo4j', code: 'UNAVAILABLE' };
    }
  }

  async close(): Promise<void> {
    await this.conn.close();
  }
}
