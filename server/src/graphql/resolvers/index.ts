// The full resolver map: root queries, node types, links, views, scalars and enum mappings.
import { JSONResolver } from 'graphql-scalars';
import {
  ACTOR_KIND_VALUES,
  DIMENSION_VALUES,
  DIRECTION_VALUES,
  DOCUMENT_KIND_VALUES,
  FORCE_VALUES,
  SEARCH_MODE_VALUES,
} from '../enums';
import { linkResolvers } from './links';
import { nodeTypeResolvers } from './node-types';
import { queryResolvers } from './query';
import { viewResolvers } from './views';

export const resolvers = {
  JSON: JSONResolver,
  Force: FORCE_VALUES,
  OverlapDimension: DIMENSION_VALUES,
  Direction: DIRECTION_VALUES,
  SearchMode: SEARCH_MODE_VALUES,
  DocumentKind: DOCUMENT_KIND_VALUES,
  ActorKind: ACTOR_KIND_VALUES,
  Query: queryResolvers,
  ...nodeTypeResolvers,
  ...linkResolvers,
  ...viewResolvers,
};
