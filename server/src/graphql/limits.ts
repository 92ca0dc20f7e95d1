// The API's limits, in one place (documented in server/API.md). Query shape limits are enforced by
// graphql-armor's validation rules; page sizes by the resolvers; body size and time by the HTTP layer.
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import type { GraphQLError } from 'graphql';
import type { ApiErrorCode } from './errors';
import { badInput } from './errors';

export const API_LIMITS = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2_000,
  /** Largest `first` / `limit` per query field. */
  page: {
    nodes: 500,
    search: 100,
    recommendations: 200,
    neighbourhood: 2_000,
    paths: 20,
    obligationChains: 1_000,
    similarRecommendations: 100,
  },
  bodyBytes: 100 * 1024,
  timeoutMs: 10_000,
} as const;

/** Rejects a page size outside 1..max with BAD_USER_INPUT. */
export function checkPage(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw badInput(`${name} must be in 1..${max}`);
  return value;
}

/** Tags an armor rejection with its own code; formatError surfaces it (Apollo files it as a validation error). */
const tag = (code: ApiErrorCode) => [
  (_ctx: unknown, error: GraphQLError) => {
    (error.extensions as Record<string, unknown>).code = code;
  },
];

export function armorConfig(
  limits: Pick<
    typeof API_LIMITS,
    'maxDepth' | 'maxCost' | 'maxAliases' | 'maxDirectives' | 'maxTokens'
  > = API_LIMITS,
): GraphQLArmorConfig {
  return {
    // Introspection is on for GraphiQL, so hiding field suggestions would only make errors less helpful.
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: limits.maxDepth, onReject: tag('DEPTH_LIMIT_EXCEEDED') },
    costLimit: { maxCost: limits.maxCost, onReject: tag('COST_LIMIT_EXCEEDED') },
    maxAliases: { n: limits.maxAliases, onReject: tag('ALIAS_LIMIT_EXCEEDED') },
    maxDirectives: { n: limits.maxDirectives, onReject: tag('DIRECTIVE_LIMIT_EXCEEDED') },
    // Off: its Apollo plugin turns plain syntax errors into 500s. graphql-js's own `maxTokens` parse
    // option (ApolloServer parseOptions) enforces the same limit.
    maxTokens: { enabled: false },
  };
}
