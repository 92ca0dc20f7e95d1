// The query normalisers: every GraphStore query is checked and put in one form here, once, before
// either store sees it (contract-store.ts applies them), so the two cannot disagree on bad input.
// The rule for a query with several faults: every argument is checked before the graph is read, so a
// bad argument is INVALID_ARGUMENT whatever the ids name; only then are the ids looked up, in the
// order the query gives them (NOT_FOUND for an unknown one, INVALID_ARGUMENT for one of the wrong label).
import type { NodeLabel, RelationshipType } from '../bundle';
import type {
  Direction,
  ListNodesQuery,
  NeighbourhoodQuery,
  NodeFilter,
  ObligationChainQuery,
  OverlapDimension,
  PathsQuery,
  RecommendationCountsQuery,
  RecommendationQuery,
  RelationshipsQuery,
  SearchQuery,
  CountDimension,
  RecommendationOrder,
  SearchMode,
} from '../graph-store';
import {
  checkGroupBy,
  checkOrders,
  type CompiledWhere,
  compileWhere,
  MAX_COUNT_ROWS,
} from './recommendation-query';
import { checkOverlapSize } from './document-items';
import { checkSelection } from './properties';
import { chainFilterIds, checkDimension, checkFilter, checkSearchMode } from './query-checks';
import { phraseTerms, queryTerms } from './text-search';
import * as v from './validate';
import { NODE_LABELS } from '../bundle';

export interface ListNodesArgs {
  label: NodeLabel;
  filter: NodeFilter;
  /** The terms of `filter.text`; null without one. */
  terms: string[] | null;
  first: number;
  /** The id the cursor names; null for the first page. */
  after: string | null;
}

export interface RelationshipsArgs {
  ids: string[];
  /** Distinct and sorted. */
  types: RelationshipType[];
  direction: Direction;
}

export interface SearchArgs {
  terms: string[];
  mode: SearchMode;
  /** PHRASE: the words in order, repeats kept; null in the other modes. */
  phrase: string[] | null;
  labels: NodeLabel[];
  first: number;
  /** The id the cursor names; null for the first page. */
  after: string | null;
}

export interface RecommendationArgs {
  /** The compiled `where`, and the ids it names (each store checks them, in order). */
  test: CompiledWhere['test'];
  ids: CompiledWhere['ids'];
  orderBy: RecommendationOrder[];
  first: number;
  after: string | null;
}

export interface RecommendationCountsArgs {
  test: CompiledWhere['test'];
  ids: CompiledWhere['ids'];
  groupBy: CountDimension[];
  first: number;
}

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  types: RelationshipType[];
  direction: Direction;
  limit: number;
  /** The node property keys to return, sorted and distinct; null for all (contract/properties.ts). */
  keys: string[] | null;
}

export interface PathsArgs {
  from: string;
  to: string;
  maxLength: number;
  types: RelationshipType[];
  first: number;
}

export interface ObligationChainArgs extends ObligationChainQuery {
  /** The ids the query names, in chain order, each with the label it must have. */
  ends: Array<{ id: string; label: NodeLabel }>;
  /** As NeighbourhoodArgs.keys, for the chains' nodes. */
  keys: string[] | null;
  /** As `keys`, for the evidence nodes; undefined when they are not asked for. */
  evidenceKeys: string[] | null | undefined;
}

export interface SimilarArgs {
  id: string;
  minScore: number;
  first: number;
}

export interface OverlapArgs {
  dimension: OverlapDimension;
  /** Undefined: every document (the store checks their number against the cap). */
  documents: string[] | undefined;
}

export interface CoverageArgs {
  dimension: OverlapDimension;
}

export interface ExportArgs {
  /** Undefined: the whole graph. */
  ids: string[] | undefined;
}

export const normaliseId = (id: string): string => v.checkId(id);

export const normaliseIds = (ids: readonly string[]): string[] => v.checkIds(ids);

export function normaliseListNodes(query: ListNodesQuery): ListNodesArgs {
  const label = v.checkLabel(query.label);
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  const after = v.decodeCursor(query.after);
  const filter = checkFilter(query.filter);
  const terms = filter.text === undefined ? null : queryTerms(filter.text);
  return { label, filter, terms, first, after };
}

export const normaliseRelationships = (query: RelationshipsQuery): RelationshipsArgs => ({
  ids: v.checkIds(query.ids),
  types: v.checkTypes(query.types),
  direction: v.checkDirection(query.direction),
});

export function normaliseSearch(query: SearchQuery): SearchArgs {
  const mode = checkSearchMode(query.mode);
  return {
    terms: queryTerms(query.text),
    mode,
    phrase: mode === 'phrase' ? phraseTerms(query.text) : null,
    labels: v.checkLabels(query.labels) ?? [...NODE_LABELS],
    first: v.checkInt('first', query.first, 1, v.LIMITS.searchFirst),
    after: v.decodeCursor(query.after),
  };
}

export function normaliseRecommendations(query: RecommendationQuery): RecommendationArgs {
  const { test, ids } = compileWhere(query.where);
  return {
    test,
    ids,
    orderBy: checkOrders(query.orderBy),
    first: v.checkInt('first', query.first, 1, v.LIMITS.page),
    after: v.decodeCursor(query.after),
  };
}

export function normaliseRecommendationCounts(query: RecommendationCountsQuery): RecommendationCountsArgs {
  const { test, ids } = compileWhere(query.where);
  return {
    test,
    ids,
    groupBy: checkGroupBy(query.groupBy),
    first: v.checkInt('first', query.first, 1, MAX_COUNT_ROWS),
  };
}

export const normaliseNeighbourhood = (query: NeighbourhoodQuery): NeighbourhoodArgs => ({
  id: v.checkId(query.id),
  depth: v.checkInt('depth', query.depth, 1, v.LIMITS.depth),
  types: v.checkTypes(query.types),
  direction: v.checkDirection(query.direction),
  limit: v.checkInt('limit', query.limit, 1, v.LIMITS.neighbourhoodNodes),
  keys: checkSelection(query.properties),
});

export const normalisePaths = (query: PathsQuery): PathsArgs => ({
  from: v.checkId(query.from),
  to: v.checkId(query.to),
  maxLength: v.checkInt('maxLength', query.maxLength, 1, v.LIMITS.pathLength),
  types: v.checkTypes(query.types),
  first: v.checkInt('first', query.first, 1, v.LIMITS.paths),
});

export const normaliseObligationChains = (query: ObligationChainQuery): ObligationChainArgs => ({
  ...query,
  first: v.checkInt('first', query.first, 1, v.LIMITS.page),
  ends: chainFilterIds(query),
  keys: checkSelection(query.properties),
  evidenceKeys: query.evidence === undefined ? undefined : checkSelection(query.evidence),
});

export const normaliseSimilar = (query: { id: string; minScore?: number; first: number }): SimilarArgs => ({
  id: v.checkId(query.id),
  minScore: v.checkScore('minScore', query.minScore),
  first: v.checkInt('first', query.first, 1, v.LIMITS.page),
});

export function normaliseOverlap(query: { dimension: OverlapDimension; documents?: string[] }): OverlapArgs {
  const dimension = checkDimension(query.dimension);
  const documents = query.documents === undefined ? undefined : v.checkIds(query.documents);
  if (documents !== undefined) checkOverlapSize(new Set(documents).size, true);
  return { dimension, documents };
}

export const normaliseCoverage = (query: { dimension: OverlapDimension }): CoverageArgs => ({
  dimension: checkDimension(query.dimension),
});

export const normaliseExport = (query?: { ids?: string[] }): ExportArgs => ({
  ids: query?.ids === undefined ? undefined : v.checkIds(query.ids),
});
