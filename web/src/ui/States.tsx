import type { ReactNode } from 'react';
import { type ApiFailure, describeFailure } from '../api/client';
import type { QueryState } from '../api/useQuery';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorNotice({ failure }: { failure: ApiFailure }) {
  return (
    <div className="state error" role="alert">
      <strong>Something went wrong.</strong> {describeFailure(failure)}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

/** Renders a query's loading and error states, and its data through `children`. */
export function Await<T>({
  state,
  what,
  children,
}: {
  state: QueryState<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  switch (state.status) {
    case 'loading':
      return <Loading what={what} />;
    case 'error':
      return <ErrorNotice failure={state.failure} />;
    case 'ok':
      return <>{children(state.data)}</>;
  }
}
