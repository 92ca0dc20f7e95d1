// The Apollo Server: schema, graphql-armor limits, cost and response bounds, CSRF prevention, no
// batching, masked errors.
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { ApiContext } from '../graphql/context';
import { documentStore } from '../graphql/document-store';
import { formatError } from '../graphql/errors';
import { API_LIMITS, armorConfig } from '../graphql/limits';
import { readOnlyRule } from '../graphql/read-only-rule';
import { jitGateway } from '../graphql/jit-executor';
import { responseBounds } from '../graphql/response-bounds';
import { createSchema } from '../graphql/schema';

export interface ApolloOptions {
  logger: Logger;
  /** Development shows unexpected errors' messages and stack traces; never in production. */
  development: boolean;
  limits?: Partial<
    Pick<
      typeof API_LIMITS,
      'maxDepth' | 'maxCost' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'responseBytes'
    >
  >;
}

export function createApollo(options: ApolloOptions): ApolloServer<ApiContext> {
  const { logger, development } = options;
  const limits = { ...API_LIMITS, ...options.limits };
  const protection = new ApolloArmor(armorConfig(limits)).protect();
  const bounds = responseBounds(limits.responseBytes);
  const documents = documentStore();
  return new ApolloServer<ApiContext>({
    // The schema, executed by graphql-jit (see jit-executor.ts for why, and why through `gateway`):
    // the documents the cache keeps are compiled, the rest interpreted.
    gateway: jitGateway(createSchema(), limits.maxCost, documents.kept),
    // The landing pages load from a CDN; our own offline GraphiQL lives at /graphiql.
    // Cache control is off: the API sends no cache hints, and its per-field hook made Apollo wrap every
    // resolver and type-check every field of every response (a third of a neighbourhood's time).
    plugins: [
      ...protection.plugins,
      bounds.plugin,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: [readOnlyRule, ...protection.validationRules],
    // Bounded, and one-off documents are not kept (document-store.ts).
    documentStore: documents,
    parseOptions: { maxTokens: limits.maxTokens },
    stringifyResult: bounds.stringifyResult,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: development,
    logger: logger.child({ component: 'apollo' }),
    formatError: (formatted, error) => {
      const out = formatError(formatted, error, development);
      if (out.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error');
      }
      return out;
    },
  });
}
