// The executable schema: the SDL file (the contract, read once at start-up) with its resolvers.
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export const createSchema = (): GraphQLSchema =>
  makeExecutableSchema({
    typeDefs,
    resolvers,
    resolverValidationOptions: { requireResolversForResolveType: 'error' },
  });
