// THE GraphStore contract: what the API may ask of the graph, answered identically by the embedded
// (graphology) store and the Neo4j store. Every result has a defined order (ties broken by id, ids
// compared by UTF-16 code units as in both JavaScript and Cypher), so the two can be compared for equality.
import type { GraphBundle, NodeLabel, PropertyValue, RelationshipType } from './bundle';

export type { GraphBundle, NodeLabel, PropertyValue, RelationshipType };
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  properties: Properties;
}

/** A relationship. `id` is stable and derived from the bundle (see contract/edge-id.ts). */
export interface GraphEdge {
  id: string;
  type: RelationshipType;
  start: string;
  end: string;
  properties: Properties;
}

export type Direction = 'out' | 'in' | 'both';

export interface Page<T> {
  items: T[];
  totalCount: number;
  /** Cursor of the last item, to pass as `after`; null on an empty page. */
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A node has at least one relationship of `type`, in `direction`, to any of `ids`. */
export interface RelatedFilter {
  type: RelationshipType;
  direction: Direction;
  ids: string[];
}

/** All given conditions hold (AND); within one condition any value matches (OR). */
export interface NodeFilter {
  /** Property equals one of the values (for arrays: contains one of them). */
  properties?: Record<string, Array<string | number | boolean>>;
  related?: RelatedFilter[];
  /** Every term of the text matches, as in `search`. */
  text?: string;
}

export interface ListNodesQuery {
  label: NodeLabel;
  filter?: NodeFilter;
  /** 1..1000 */
  first: number;
  after?: string | null;
}

export interface RelationshipsQuery {
  ids: string[];
  direction: Direction;
  types?: RelationshipType[];
}

export interface SearchQuery {
  text: string;
  labels?: NodeLabel[];
  /** 1..1000 */
  first: number;
}

export interface Snippet {
  text: string;
  /** [start, end) character offsets of matched words in `text`. */
  highlights: Array<[number, number]>;
}

export interface SearchHit {
  node: GraphNode;
  score: number;
  snippet: Snippet;
}

export interface NeighbourhoodQuery {
  id: string;
  /** 1..3 */
  depth: number;
  types?: RelationshipType[];
  direction?: Direction;
  /** Cap on returned nodes, 1..5000 (the centre counts). */
  limit: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  omittedNodes: number;
  omittedEdges: number;
}

export interface PathsQuery {
  from: string;
  to: string;
  /** 1..4 relationships */
  maxLength: number;
  types?: RelationshipType[];
  /** k, 1..100 */
  first: number;
}

/** A simple path, relationships followed in either direction; `edges[i]` joins nodes i and i+1. */
export interface GraphPath {
  nodes: GraphNode[];
  /** For each step, every allowed relationship joining the two nodes (sorted by id). */
  edges: GraphEdge[][];
}

export interface ObligationChainQuery {
  instrument?: string;
  obligation?: string;
  recommendation?: string;
  actor?: string;
  rootCause?: string;
  /** 1..1000 */
  first: number;
}

/** Instrument ← ARISES_FROM − Obligation ← IMPLEMENTS − Recommendation − ADDRESSED_TO → Actor (+ ADDRESSES → RootCause). */
export interface ObligationChain {
  instrument: GraphNode;
  obligation: GraphNode;
  recommendation: GraphNode;
  actor: GraphNode;
  rootCause: GraphNode | null;
  arisesFrom: GraphEdge;
  implementsEdge: GraphEdge;
  addressedTo: GraphEdge;
  addresses: GraphEdge | null;
}

export interface ObligationChains {
  chains: ObligationChain[];
  totalCount: number;
}

export const OVERLAP_DIMENSIONS = ['obligations', 'rootCauses', 'actors', 'instruments', 'measures'] as const;
export type OverlapDimension = (typeof OVERLAP_DIMENSIONS)[number];

export interface OverlapCell {
  a: string;
  b: string;
  /** Ids of the items both documents touch, sorted. */
  shared: string[];
}

export interface Overlap {
  documents: string[];
  /** Every ordered pair (a, b) of distinct documents, a < b, sorted. */
  cells: OverlapCell[];
}

export interface CoverageCell {
  item: string;
  document: string;
  /** Distinct provisions of the document through which the item is linked. */
  provisions: string[];
}

export interface Coverage {
  items: string[];
  documents: string[];
  /** Non-empty cells only, sorted by (item, document). */
  cells: CoverageCell[];
}

export interface SimilarRecommendation {
  recommendation: GraphNode;
  score: number;
  edge: GraphEdge;
}

export interface GraphStats {
  nodes: number;
  relationships: number;
  byLabel: Record<NodeLabel, number>;
  byType: Record<RelationshipType, number>;
}

export type StoreHealth =
  | { status: 'up'; store: StoreKind; nodes: number }
  | { status: 'down'; store: StoreKind; code: 'UNAVAILABLE' };

export type StoreKind = 'memory' | 'neo4j';

export interface GraphStore {
  readonly kind: StoreKind;
  /** Never throws: reports whether the graph can be queried now. */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;

  /** NOT_FOUND for an unknown id. */
  node(id: string): Promise<GraphNode>;
  /** Same order as `ids`; null where an id names no node. */
  nodes(ids: readonly string[]): Promise<Array<GraphNode | null>>;
  /** Ordered by id; cursor pagination. */
  listNodes(query: ListNodesQuery): Promise<Page<GraphNode>>;
  /** For each id (same order; an unknown id gets []), its relationships of the given types and direction, by edge id. For DataLoader. */
  relationships(query: RelationshipsQuery): Promise<GraphEdge[][]>;

  /** Ordered by score desc, then id. */
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Nodes by (distance, id), edges by id; the induced subgraph of the kept nodes. */
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph>;
  /** The `first` shortest simple paths, by (length, node id sequence). */
  paths(query: PathsQuery): Promise<GraphPath[]>;
  /** Ordered by (instrument, obligation, recommendation, actor, rootCause ?? ''). */
  obligationChains(query: ObligationChainQuery): Promise<ObligationChains>;
  /** All documents when `documents` is omitted. */
  overlap(query: { dimension: OverlapDimension; documents?: string[] }): Promise<Overlap>;
  coverage(query: { dimension: OverlapDimension }): Promise<Coverage>;
  /** SIMILAR_TO in either direction, score >= minScore, by (score desc, id). */
  similarRecommendations(query: {
    id: string;
    minScore?: number;
    first: number;
  }): Promise<SimilarRecommendation[]>;
  stats(): Promise<GraphStats>;
  /** The whole graph, or the subgraph induced by `ids`; nodes by id, relationships by edge id. */
  exportBundle(query?: { ids?: string[] }): Promise<GraphBundle>;
}
