// The embedded GraphStore: the whole graph in memory (a graphology graph and indexes derived from
// it), answering in-process.
// Each group of queries lives in its own module; this class only checks ids and delegates.
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
import { need, nodeOrNull } from './access';
import * as aggregates from './aggregates';
import * as chains from './chains';
import * as lookups from './lookups';
import { buildMemoryGraph, type MemoryGraph } from './memory-graph';
import * as recs from './recommendations';
import * as walks from './walks';

export class MemoryGraphStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly mg: MemoryGraph;

  constructor(bundle: GraphBundle) {
    this.mg = buildMemoryGraph(bundle);
  }

  async health(): Promise<StoreHealth> {
    return { status: 'up', store: 'memory', nodes: this.mg.graph.order, version: 0 };
  }

  async close(): Promise<void> {}

  async node(id: string): Promise<GraphNode> {
    return need(this.mg, id);
  }

  async nodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    return v.checkIds(ids).map((id) => nodeOrNull(this.mg, id));
  }

  async listNodes(query: ListNodesQuery): Promise<Page<GraphNode>> {
    return lookups.listNodes(this.mg, query);
  }

  async relationships(query: RelationshipsQuery): Promise<GraphEdge[][]> {
    return lookups.relationships(this.mg, query);
  }

  async recommendations(query: RecommendationQuery): Promise<Page<GraphNode>> {
    return recs.recommendations(this.mg, query);
  }

  async recommendationCounts(query: RecommendationCountsQuery): Promise<RecommendationCounts> {
    return recs.recommendationCounts(this.mg, query);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return lookups.search(this.mg, query);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    return walks.neighbourhood(this.mg, query);
  }

  async paths(query: PathsQuery): Promise<GraphPath[]> {
    return walks.paths(this.mg, query);
  }

  async obligationChains(query: ObligationChainQuery): Promise<ObligationChains> {
    return chains.obligationChains(this.mg, query);
  }

  async similarRecommendations(query: {
    id: string;
    minScore?: number;
    first: number;
  }): Promise<SimilarRecommendation[]> {
    return chains.similarRecommendations(this.mg, query);
  }

  async overlap(query: { dimension: OverlapDimension; documents?: string[] }): Promise<Overlap> {
    return aggregates.overlap(this.mg, query);
  }

  async coverage(query: { dimension: OverlapDimension }): Promise<Coverage> {
    return aggregates.coverage(this.mg, query);
  }

  async stats(): Promise<GraphStats> {
    return aggregates.stats(this.mg);
  }

  async exportBundle(query?: { ids?: string[] }): Promise<GraphBundle> {
    return aggregates.exportBundle(this.mg, query);
  }
}
