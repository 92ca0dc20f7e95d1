// The GraphStore on a real Neo4j. Cypher does the graph work (matching, expansion, joins); the shared
// contract modules do ranking, ordering and aggregation, so answers equal the memory store's.
// Each group of queries lives in its own module; this class holds the connection and delegates.
import * as v from '../contract/validate';
import type {
  Coverage,
  GraphBundle,
  GraphEdge,
  GraphNode,
  GraphPath,
  GraphStats,
  GraphStore,
  ListNodesQuery,
  NeighbourhoodQuery,
  ObligationChainQuery,
  ObligationChains,
  Overlap,
  OverlapDimension,
  Page,
  PathsQuery,
  RecommendationCounts,
  RecommendationCountsQuery,
  RecommendationQuery,
  RelationshipsQuery,
  SearchQuery,
  SearchResult,
  SimilarRecommendation,
  StoreHealth,
  Subgraph,
} from '../graph-store';
import { fetchNodesAt, needAt } from './access';
import * as aggregates from './aggregates';
import * as chains from './chains';
import { Neo4jConnection, type Neo4jSettings } from './connection';
import * as cy from './cypher';
import * as lookups from './lookups';
import * as recs from './recommendations';
import * as walks from './walks';

export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly conn: Neo4jConnection;

  constructor(settings: Neo4jSettings) {
    this.conn = new Neo4jConnection(settings);
  }

  async health(): Promise<StoreHealth> {
    try {
      const [nodes, version] = await this.conn.read(async (run, ver) => {
        if (ver < 0) return [0, ver];
        const [meta] = await run<{ nodes: number | null }>(cy.currentVersion(this.conn.graphKey));
        return [meta?.nodes ?? 0, ver];
      });
      return { status: 'up', store: 'neo4j', nodes, version };
    } catch {
      return { status: 'down', store: 'neo4j', code: 'UNAVAILABLE' };
    }
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  async node(id: string): Promise<GraphNode> {
    v.checkId(id);
    return this.conn.readAt(async (run, at) => (await needAt(run, at, [{ id }])).nodes.get(id) as GraphNode);
  }

  async nodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    const checked = v.checkIds(ids);
    const found = await this.conn.readAt((run, at) => fetchNodesAt(run, at, checked));
    return checked.map((id) => found.nodes.get(id) ?? null);
  }

  async listNodes(query: ListNodesQuery): Promise<Page<GraphNode>> {
    return lookups.listNodes(this.conn, query);
  }

  async relationships(query: RelationshipsQuery): Promise<GraphEdge[][]> {
    return lookups.relationships(this.conn, query);
  }

  async recommendations(query: RecommendationQuery): Promise<Page<GraphNode>> {
    return recs.recommendations(this.conn, query);
  }

  async recommendationCounts(query: RecommendationCountsQuery): Promise<RecommendationCounts> {
    return recs.recommendationCounts(this.conn, query);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return lookups.search(this.conn, query);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    return walks.neighbourhood(this.conn, query);
  }

  async paths(query: PathsQuery): Promise<GraphPath[]> {
    return walks.paths(this.conn, query);
  }

  async obligationChains(query: ObligationChainQuery): Promise<ObligationChains> {
    return chains.obligationChains(this.conn, query);
  }

  async similarRecommendations(query: {
    id: string;
    minScore?: number;
    first: number;
  }): Promise<SimilarRecommendation[]> {
    return chains.similarRecommendations(this.conn, query);
  }

  async overlap(query: { dimension: OverlapDimension; documents?: string[] }): Promise<Overlap> {
    return aggregates.overlap(this.conn, query);
  }

  async coverage(query: { dimension: OverlapDimension }): Promise<Coverage> {
    return aggregates.coverage(this.conn, query);
  }

  async stats(): Promise<GraphStats> {
    return aggregates.stats(this.conn);
  }

  async exportBundle(query?: { ids?: string[] }): Promise<GraphBundle> {
    return aggregates.exportBundle(this.conn, query);
  }
}
