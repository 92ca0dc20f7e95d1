// The full resolver map: root queries, node types, links, views, scalars and enum mappings.
import { JSONResolver } from 'graphql-scalars';
import { DIMENSION_VALUES, DIRECTION_VALUES, FORCE_VALUES } from '../enums';
import { linkResolvers } from './links';
import { nodeTypeResolvers } from './node-types';
import { queryResolvers } from './query';
import { viewResolvers } from './views';

export const resolvers = {
  JSON: JSONResolver,
  Force: FORCE_VALUES,
  OverlapDimension: DIMENSION_VALUES,
  Direction: DIRECTION_VALUES,
  Query: queryResolvers,
  ...nodeTypeResolvers,
  ...linkResolvers,
  ...viewResolvers,
};
