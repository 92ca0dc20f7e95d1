// The executable schema: the SDL file (the contract, read once at start-up) with its resolvers, every
// list field bounded (bounded-fields.ts).
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { boundListFields } from './bounded-fields';
import { resolvers } from './resolvers';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export const createSchema = (): GraphQLSchema =>
  boundListFields(
    makeExecutableSchema({
      typeDefs,
      resolvers,
      resolverValidationOptions: { requireResolversForResolveType: 'error' },
    }),
  );
