/**
 * The explorer's GraphQL documents, one per need: written in queries.graphql, typed by `npm run
 * codegen` (each carries its result and variables types), named here as the views use them.
 */
export {
  ChainChoicesDocument as CHAIN_CHOICES,
  ChainsDocument as CHAINS,
  CoverageDocument as COVERAGE,
  DocumentsDocument as DOCUMENTS,
  EvidenceDocument as EVIDENCE,
  MeasureClusterDocument as MEASURE_CLUSTER,
  NeighbourhoodDocument as NEIGHBOURHOOD,
  NodeDetailsDocument as NODE_DETAILS,
  OverlapDocument as OVERLAP,
  OverviewDocument as OVERVIEW,
  SearchDocument as SEARCH,
  SimilarBetweenDocument as SIMILAR_BETWEEN,
} from './generated/graphql';
