// The public error codes of the API (`extensions.code`), and the translation of store errors into
// them. Clients branch on these codes; messages are for people and may change.
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isStoreError, type StoreErrorCode } from '../store/store-error';

export const API_ERROR_CODES = {
  /** An argument is malformed or out of range (bad id, page size, depth, cursor …). HTTP 400 when it is the only error. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** An id names no node where one is required. */
  NOT_FOUND: 'NOT_FOUND',
  /** The query text does not parse, or has more tokens than allowed. HTTP 400. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The query does not validate against the schema (a mutation, too: the API is read-only). HTTP 400. */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** Malformed HTTP request: batched operations, missing query, CSRF preflight header missing. HTTP 400. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The query nests deeper than allowed. HTTP 400. */
  DEPTH_LIMIT_EXCEEDED: 'DEPTH_LIMIT_EXCEEDED',
  /** The query's estimated cost is above the limit. HTTP 400. */
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  /** Too many aliases in one operation. HTTP 400. */
  ALIAS_LIMIT_EXCEEDED: 'ALIAS_LIMIT_EXCEEDED',
  /** Too many directives in one operation. HTTP 400. */
  DIRECTIVE_LIMIT_EXCEEDED: 'DIRECTIVE_LIMIT_EXCEEDED',
  /** The request body is larger than allowed. HTTP 413. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request ran past its time budget. HTTP 400 (the query is too heavy; do not retry as is). */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** The graph database cannot be reached. HTTP 503. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** An operationName that names no operation of the document. HTTP 400. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** Anything unexpected; details are logged, never sent. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_CODES;

const LIMIT_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  'DEPTH_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
]);

const APOLLO_CODES: ReadonlySet<string> = new Set(Object.values(ApolloServerErrorCode));

const httpOf = (status: number) => ({ status, headers: new Map<string, string>() });

export const apiError = (code: ApiErrorCode, message: string, status?: number): GraphQLError =>
  new GraphQLError(message, {
    extensions: status === undefined ? { code } : { code, http: httpOf(status) },
  });

export const badInput = (message: string): GraphQLError => apiError('BAD_USER_INPUT', message, 400);

/**
 * The one store → API code map, for the GraphQL API and the HTTP routes alike: the API code and HTTP
 * status of a store error a client may see; null for one that is masked as internal.
 */
export function storeCodeToApi(code: StoreErrorCode): { code: ApiErrorCode; status: number } | null {
  switch (code) {
    case 'NOT_FOUND':
      return { code: 'NOT_FOUND', status: 404 };
    case 'INVALID_ARGUMENT':
      return { code: 'BAD_USER_INPUT', status: 400 };
    case 'UNAVAILABLE':
      return { code: 'SERVICE_UNAVAILABLE', status: 503 };
    case 'LOAD_FAILED':
    case 'INTERNAL':
      return null;
  }
}

/** Store error → GraphQL error at the resolver boundary; anything else passes through (and is masked later). */
export function translateError(error: unknown): unknown {
  if (!isStoreError(error)) return error;
  const api = storeCodeToApi(error.code);
  if (api === null) return error;
  return new GraphQLError(error.message, {
    extensions: { code: api.code, http: httpOf(api.status) },
    originalError: error,
  });
}

/** Runs a store call, translating its errors. */
export async function fromStore<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateError(error);
  }
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;

/**
 * The code a limit rule reported its rejection with (Apollo keeps it as the validation error's
 * originalError). Duck-typed: graphql's CJS and ESM builds can both be loaded (e.g. under vitest),
 * and then `instanceof GraphQLError` fails across them.
 */
const limitCodeOf = (error: unknown): unknown =>
  field(field(field(error, 'originalError'), 'extensions'), 'code');

/**
 * Apollo `formatError`: keeps our codes, gives graphql-armor's rejections their own code (Apollo files
 * them all under GRAPHQL_VALIDATION_FAILED / GRAPHQL_PARSE_FAILED), and masks everything unexpected.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, development: boolean) {
  const limitCode = limitCodeOf(unwrapResolverError(error));
  if (typeof limitCode === 'string' && LIMIT_CODES.has(limitCode)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: limitCode } };
  }
  const code = formatted.extensions?.code;
  const known =
    typeof code === 'string' &&
    (code in API_ERROR_CODES || APOLLO_CODES.has(code)) &&
    code !== 'INTERNAL_SERVER_ERROR';
  if (known || development) return formatted;
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
