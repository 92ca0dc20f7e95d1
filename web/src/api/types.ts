/**
 * The shapes the explorer reads from the GraphQL API, named from the types `npm run codegen`
 * generates from the schema and the explorer's documents (generated/): none is written out here.
 */
import {
  Force as ForceValues,
  Label as LabelValues,
  OverlapDimension as DimensionValues,
  RelationshipType as TypeValues,
} from './generated/enums';
import type { NeighbourhoodQuery, ProvisionTextFragment, SearchQuery } from './generated/graphql';

export type { Force, Label, OverlapDimension, RelationshipType } from './generated/enums';
export { OVERLAP_MAX_DOCUMENTS } from '@atlas/server/contract/limits';

/** In schema order: the legend's, the filters' and the heatmap's order. */
export const LABELS = Object.values(LabelValues);
export const RELATIONSHIP_TYPES = Object.values(TypeValues);
export const FORCES = Object.values(ForceValues);
export const DIMENSIONS = Object.values(DimensionValues);

/** How many documents the overlap view compares before the user chooses: a heatmap that stays legible. */
export const OVERLAP_DEFAULT_DOCUMENTS = 12;

export type Subgraph = NonNullable<NeighbourhoodQuery['neighbourhood']>;
export type GraphNode = Subgraph['nodes'][number];
export type GraphEdge = Subgraph['edges'][number];
export type ProvisionText = ProvisionTextFragment;
export type DocumentRef = ProvisionText['document'];
export type NamedNode = NonNullable<SearchQuery['search']>['edges'][number]['node'];
