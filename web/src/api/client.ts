/**
 * The one way the explorer talks to the Atlas API: a POST of a GraphQL document to `/graphql`.
 * Failures are typed so every view can say plainly what went wrong (API down ≠ bad query).
 */
export type ApiFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number; detail: string }
  | { kind: 'graphql'; messages: string[] };

export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(describeFailure(failure));
    this.name = 'ApiError';
  }
}

export function describeFailure(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'network':
      return `The Atlas API cannot be reached (${failure.detail}). Is the server running?`;
    case 'http':
      return `The Atlas API answered with HTTP ${failure.status}: ${failure.detail}`;
    case 'graphql':
      return `The Atlas API rejected the query: ${failure.messages.join('; ')}`;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  endpoint = '/graphql',
): Promise<T> {
  let response: Response;
  try {
    // Resolved against the page, so the explorer works under any origin it is served from.
    response = await fetch(new URL(endpoint, window.location.href), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = null;
  }
  if (body?.errors && body.errors.length > 0) {
    throw new ApiError({ kind: 'graphql', messages: body.errors.map((e) => e.message) });
  }
  if (!response.ok || !body?.data) {
    throw new ApiError({ kind: 'http', status: response.status, detail: response.statusText || 'no data' });
  }
  return body.data;
}

export function toFailure(error: unknown): ApiFailure {
  if (error instanceof ApiError) return error.failure;
  return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
}
