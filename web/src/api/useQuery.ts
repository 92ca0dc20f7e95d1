import { useEffect, useState } from 'react';
import { type Answered, type ApiFailure, type Document, gql, toFailure } from './client';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; failure: ApiFailure }
  | { status: 'ok'; data: T };

/** Runs a query whenever the query text or the variables change; `skip` holds it back. */
export function useQuery<T>(
  query: Document<T>,
  variables: Record<string, unknown> = {},
  skip = false,
): QueryState<Answered<T>> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<Answered<T>>>({ status: 'loading' });
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState({ status: 'loading' });
    gql<T>(query, JSON.parse(key) as Record<string, unknown>).then(
      (data) => live && setState({ status: 'ok', data }),
      (error: unknown) => live && setState({ status: 'error', failure: toFailure(error) }),
    );
    return () => {
      live = false;
    };
  }, [query, key, skip]);
  return state;
}
