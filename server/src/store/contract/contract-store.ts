// The one way into a GraphStore: each method normalises its query (normalise.ts) and only then asks
// the store's answers, so both stores see the same checked arguments and fail bad input alike.
import type { GraphBundle } from '../bundle';
import type {
  Coverage,
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
  RelationshipsQuery,
  SearchHit,
  SearchQuery,
  SimilarRecommendation,
  StoreHealth,
  StoreKind,
  Subgraph,
} from '../graph-store';
import * as n from './normalise';

type Answer<T> = T | Promise<T>;

/** What a store implements: the queries, on arguments already normalised. */
export interface StoreAnswers {
  node(id: string): Answer<GraphNode>;
  nodes(ids: string[]): Answer<Array<GraphNode | null>>;
  listNodes(args: n.ListNodesArgs): Answer<Page<GraphNode>>;
  relationships(args: n.RelationshipsArgs): Answer<GraphEdge[][]>;
  search(args: n.SearchArgs): Answer<SearchHit[]>;
  neighbourhood(args: n.NeighbourhoodArgs): Answer<Subgraph>;
  paths(args: n.PathsArgs): Answer<GraphPath[]>;
  obligationChains(args: n.ObligationChainArgs): Answer<ObligationChains>;
  similarRecommendations(args: n.SimilarArgs): Answer<SimilarRecommendation[]>;
  overlap(args: n.OverlapArgs): Answer<Overlap>;
  coverage(args: n.CoverageArgs): Answer<Coverage>;
  stats(): Answer<GraphStats>;
  exportBundle(args: n.ExportArgs): Answer<GraphBundle>;
}

/**
 * Both stores extend this and give their answers; the methods are async so that a refused argument
 * is a rejected promise, as every other failure is.
 */
export abstract class ContractStore implements GraphStore {
  abstract readonly kind: StoreKind;
  abstract health(): Promise<StoreHealth>;
  abstract close(): Promise<void>;
  protected abstract readonly answers: StoreAnswers;

  async node(id: string): Promise<GraphNode> {
    return this.answers.node(n.normaliseId(id));
  }

  async nodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    return this.answers.nodes(n.normaliseIds(ids));
  }

  async listNodes(query: ListNodesQuery): Promise<Page<GraphNode>> {
    return this.answers.listNodes(n.normaliseListNodes(query));
  }

  async relationships(query: RelationshipsQuery): Promise<GraphEdge[][]> {
    return this.answers.relationships(n.normaliseRelationships(query));
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    return this.answers.search(n.normaliseSearch(query));
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    return this.answers.neighbourhood(n.normaliseNeighbourhood(query));
  }

  async paths(query: PathsQuery): Promise<GraphPath[]> {
    return this.answers.paths(n.normalisePaths(query));
  }

  async obligationChains(query: ObligationChainQuery): Promise<ObligationChains> {
    return this.answers.obligationChains(n.normaliseObligationChains(query));
  }

  async similarRecommendations(query: {
    id: string;
    minScore?: number;
    first: number;
  }): Promise<SimilarRecommendation[]> {
    return this.answers.similarRecommendations(n.normaliseSimilar(query));
  }

  async overlap(query: { dimension: OverlapDimension; documents?: string[] }): Promise<Overlap> {
    return this.answers.overlap(n.normaliseOverlap(query));
  }

  async coverage(query: { dimension: OverlapDimension }): Promise<Coverage> {
    return this.answers.coverage(n.normaliseCoverage(query));
  }

  async stats(): Promise<GraphStats> {
    return this.answers.stats();
  }

  async exportBundle(query?: { ids?: string[] }): Promise<GraphBundle> {
    return this.answers.exportBundle(n.normaliseExport(query));
  }
}
