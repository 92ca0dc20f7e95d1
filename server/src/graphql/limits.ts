// The API's limits, in one place (documented in the README, "The GraphQL API"). Query shape limits are enforced by
// graphql-armor's validation rules; page sizes by the resolvers; body size and time by the HTTP layer.
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { ApiErrorCode } from './errors';
import { badInput } from './errors';

export const API_LIMITS = {
  maxDepth: 12,
  /** Estimated cost of an operation (cost.ts), checked with its variables before it runs. */
  maxCost: 100_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
  /** Largest `first` / `limit` per query field. */
  page: {
    nodes: 500,
    search: 100,
    recommendations: 200,
    recommendationCounts: 10_000,
    neighbourhood: 2_000,
    paths: 20,
    obligationChains: 1_000,
    similarRecommendations: 100,
    /** `first` of every nested list field and catalogue (documents, actors …). */
    nested: 1_000,
  },
  /** List items one request may read in all (every list field counts its items). */
  maxListItems: 100_000,
  /** Largest answer: bytes of the JSON of its data. */
  responseBytes: 8 * 1024 * 1024,
  bodyBytes: 100 * 1024,
  timeoutMs: 10_000,
  /** Exports computed at once; up to `exportQueue` more wait, beyond that 503. */
  exportConcurrency: 2,
  exportQueue: 16,
  /** A client must send its headers, and its whole request, within these (slow-client timeouts). */
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 5_000,
  /** How often the server looks for connections past those timeouts. */
  connectionsCheckMs: 1_000,
} as const;

/** Rejects a page size outside 1..max with BAD_USER_INPUT. */
export function checkPage(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw badInput(`${name} must be in 1..${max}`);
  return value;
}

/**
 * Reports an armor rejection with its own code (armor's default reporter files every limit under
 * BAD_USER_INPUT); formatError surfaces it, since Apollo files validation errors under one code.
 */
const reportAs = (code: ApiErrorCode) => ({
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      ctx?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }),
      );
    },
  ],
});

export function armorConfig(
  limits: Pick<typeof API_LIMITS, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens'> = API_LIMITS,
): GraphQLArmorConfig {
  return {
    // Introspection is on for GraphiQL, so hiding field suggestions would only make errors less helpful.
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: limits.maxDepth, ...reportAs('DEPTH_LIMIT_EXCEEDED') },
    maxAliases: { n: limits.maxAliases, ...reportAs('ALIAS_LIMIT_EXCEEDED') },
    maxDirectives: { n: limits.maxDirectives, ...reportAs('DIRECTIVE_LIMIT_EXCEEDED') },
    // Off: armor's cost knows only literal `first` arguments, not the schema's lists, defaults or
    // variables; cost.ts prices the operation with all three (QUERY_TOO_COSTLY).
    costLimit: { enabled: false },
    // Off: its Apollo plugin turns plain syntax errors into 500s. graphql-js's own `maxTokens` parse
    // option (ApolloServer parseOptions) enforces the same limit.
    maxTokens: { enabled: false },
  };
}
