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

/** all: every word matches; any: one word does; phrase: the words in a row, in order, in one field. */
export type SearchMode = 'all' | 'any' | 'phrase';

export interface SearchQuery {
  text: string;
  labels?: NodeLabel[];
  /** Default `all`. */
  mode?: SearchMode;
  /** 1..1000 */
  first: number;
  /** Cursor of the last hit of the previous page. */
  after?: string | null;
}

export interface SearchResult {
  /** This page, by score desc then id. */
  hits: SearchHit[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  /** For a search with no hit: the text with unknown words replaced by the closest known ones. */
  suggestions: string[];
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

/**
 * Which properties the nodes of an answer carry: all of them (the default), or only the keys named,
 * for a caller that reads no others (the API, when a query selects none of the rest). A node's long
 * text is most of its bytes, and a walk or a page of chains that need only names need not move it.
 */
export type PropertySelection = 'all' | readonly string[];

export interface NeighbourhoodQuery {
  id: string;
  /** 1..3 */
  depth: number;
  types?: RelationshipType[];
  direction?: Direction;
  /** Cap on returned nodes, 1..5000 (the centre counts). */
  limit: number;
  properties?: PropertySelection;
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
  /** Of the chains' nodes. */
  properties?: PropertySelection;
  /**
   * Also the provisions the page's relationships rest on (their `evidence`), with these properties:
   * the API answers a chain's evidence from them without asking again.
   */
  evidence?: PropertySelection;
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
  /** With `evidence` asked: the nodes the page's relationships name as evidence that exist, by id. */
  evidence?: GraphNode[];
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

/**
 * Which recommendations: every given field holds (AND); `AND` / `OR` / `NOT` combine nested
 * conditions. Concept fields take an id (NOT_FOUND when it names no node, INVALID_ARGUMENT when the
 * node has another label).
 */
export interface RecommendationWhere {
  AND?: RecommendationWhere[];
  OR?: RecommendationWhere[];
  NOT?: RecommendationWhere;
  /** The document it belongs to: by id, kind, and year range (inclusive). */
  document?: { id?: string; kind?: string; yearFrom?: number; yearTo?: number };
  /** The graph's force value (`strongly-urges`). */
  force?: string;
  /** ADDRESSED_TO this actor. */
  addressee?: string;
  /** Its provision MENTIONS this actor. */
  mentionedActor?: string;
  /** IMPLEMENTS this obligation. */
  obligation?: string;
  /** ADDRESSES this root cause. */
  rootCause?: string;
  /** Its provision CITES this instrument (directly). */
  instrument?: string;
  /** It IMPLEMENTS an obligation that ARISES_FROM this instrument (the legal basis). */
  legalBasis?: string;
  /** Its provision's heading path contains this (folded for case, accents and ligatures). */
  section?: string;
  /** Every word is a prefix of a word of its text (folded), as in `search`. */
  text?: string;
}

export const RECOMMENDATION_ORDERS = ['READING_ORDER', 'YEAR', 'FORCE', 'DOCUMENT'] as const;
export type RecommendationOrder = (typeof RECOMMENDATION_ORDERS)[number];

export interface RecommendationQuery {
  where?: RecommendationWhere;
  /** Keys applied in turn; reading order always breaks the remaining ties. Default: reading order. */
  orderBy?: RecommendationOrder[];
  /** 1..1000 */
  first: number;
  after?: string | null;
}

export const COUNT_DIMENSIONS = [
  'DOCUMENT',
  'ROOT_CAUSE',
  'OBLIGATION',
  'ACTOR',
  'INSTRUMENT',
  'FORCE',
  'YEAR',
] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

export interface CountKey {
  dimension: CountDimension;
  /** The node id; for FORCE the force value, for YEAR the year. */
  id: string;
  name: string;
}

export interface CountRow {
  keys: CountKey[];
  count: number;
}

export interface RecommendationCountsQuery {
  /** 1..3 distinct dimensions. */
  groupBy: CountDimension[];
  where?: RecommendationWhere;
  /** Rows returned, 1..10000 (by keys). */
  first: number;
}

export interface RecommendationCounts {
  rows: CountRow[];
  /** Rows in all. */
  totalCount: number;
}

export type StoreHealth =
  /** `version` names the graph read now: it changes whenever another graph is published. */
  | { status: 'up'; store: StoreKind; nodes: number; version: number }
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

  /** Recommendations matching `where`, ordered by `orderBy`, paged (contract/recommendation-query.ts). */
  recommendations(query: RecommendationQuery): Promise<Page<GraphNode>>;
  /** How many recommendations match `where`, per combination of the values of `groupBy`. */
  recommendationCounts(query: RecommendationCountsQuery): Promise<RecommendationCounts>;
  /** Hits ordered by score desc, then id, paged; suggestions when nothing matches. */
  search(query: SearchQuery): Promise<SearchResult>;
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
