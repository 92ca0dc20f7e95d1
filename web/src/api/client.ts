/**
 * The one way the explorer talks to the Atlas API: a POST of a GraphQL document to `/graphql`.
 * Failures are typed, and a GraphQL error keeps its `extensions.code` (the API's stable codes,
 * README "Errors"), so every view can say plainly what went wrong (API down ≠ bad query ≠ not found).
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export interface GraphQLFault {
  message: string;
  /** `extensions.code`; null when the server gave none. */
  code: string | null;
}

export type ApiFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number; detail: string }
  | { kind: 'graphql'; errors: GraphQLFault[] };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(describeFailure(failure));
    this.name = 'ApiError';
  }
}

/** The code of the first GraphQL error: what a view branches on. */
export const failureCode = (failure: ApiFailure): string | null =>
  failure.kind === 'graphql' ? (failure.errors[0]?.code ?? null) : null;

const LIMIT_CODES = new Set([
  'DEPTH_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'PAYLOAD_TOO_LARGE',
]);

function describeGraphQL(errors: GraphQLFault[]): string {
  const code = errors[0]?.code ?? null;
  const said = errors.map((e) => e.message).join('; ');
  if (code !== null && LIMIT_CODES.has(code))
    return `The question is larger than the Atlas API answers (${said}).`;
  switch (code) {
    case 'NOT_FOUND':
      return `The graph has no such node (${said}).`;
    case 'BAD_USER_INPUT':
      return `The Atlas API cannot answer that question as asked: ${said}`;
    case 'SERVICE_UNAVAILABLE':
      return 'The graph database is unavailable right now; the Atlas answers again once it is back.';
    case 'QUERY_TIMEOUT':
      return 'The question took the Atlas API too long; narrow it (fewer hops, types or documents).';
    case 'INTERNAL_SERVER_ERROR':
      return 'The Atlas API failed unexpectedly; the error is in its log.';
    default:
      return `The Atlas API rejected the query: ${said}`;
  }
}

export function describeFailure(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'network':
      return `The Atlas API cannot be reached (${failure.detail}). Is the server running?`;
    case 'http':
      return `The Atlas API answered with HTTP ${failure.status}: ${failure.detail}`;
    case 'graphql':
      return describeGraphQL(failure.errors);
  }
}

/**
 * A document to send: a generated typed document (its result type inferred) or plain query text.
 * The variables stay untyped here so a view may name its result type itself.
 */
export type Document<T> =
  | string
  | (DocumentTypeDecoration<MaybeNullRoots<T>, never> & { toString(): string });

/**
 * The schema's root fields are nullable so that one failing field leaves the others' answers
 * (GraphQL's per-path errors); `gql` rejects on any error, so what it returns has every root answered.
 */
type MaybeNullRoots<T> = { [K in keyof T]: T[K] | null };
export type Answered<T> = { [K in keyof T]: NonNullable<T[K]> };

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

/** The faults of an error body (GraphQL's, and the HTTP routes' of the same shape); empty if none. */
const faultsOf = (body: GraphQLResponse<unknown> | null): GraphQLFault[] =>
  (body?.errors ?? []).map((e) => {
    const code = e.extensions?.code;
    return { message: e.message, code: typeof code === 'string' ? code : null };
  });

const networkFailure = (error: unknown): ApiError =>
  new ApiError({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });

/**
 * A GET of one of the API's JSON routes (the exports, the whole graph's layout). A refusal keeps its
 * `extensions.code` as a GraphQL error does; an answer that is not JSON is an HTTP failure.
 */
export async function getJson(url: string | URL, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    throw networkFailure(error);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError({
      kind: 'http',
      status: response.status,
      detail: response.ok ? 'the answer is not JSON' : response.statusText,
    });
  }
  if (response.ok) return body;
  const errors = faultsOf(body as GraphQLResponse<unknown>);
  if (errors.length > 0) throw new ApiError({ kind: 'graphql', errors });
  throw new ApiError({ kind: 'http', status: response.status, detail: response.statusText });
}

export async function gql<T>(
  query: Document<T>,
  variables: Record<string, unknown> = {},
  endpoint = '/graphql',
): Promise<Answered<T>> {
  let response: Response;
  try {
    // Resolved against the page, so the explorer works under any origin it is served from.
    response = await fetch(new URL(endpoint, window.location.href), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
  } catch (error) {
    throw networkFailure(error);
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = null;
  }
  const errors = faultsOf(body);
  if (errors.length > 0) throw new ApiError({ kind: 'graphql', errors });
  if (!response.ok || !body?.data) {
    throw new ApiError({ kind: 'http', status: response.status, detail: response.statusText || 'no data' });
  }
  return body.data as Answered<T>;
}

export function toFailure(error: unknown): ApiFailure {
  if (error instanceof ApiError) return error.failure;
  return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
}
