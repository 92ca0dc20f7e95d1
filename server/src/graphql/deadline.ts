// The per-request time budget. Every store call of a request goes through this wrapper: it refuses to
// start once the budget is spent and stops waiting for a call that outlives it (a Neo4j query cannot
// be cancelled from here, but the client gets its answer on time). Hand-written: it is a thin Proxy
// over our own interface, no library knows it.
import type { GraphStore } from '../store/graph-store';
import { apiError } from './errors';

export const timeoutError = () => apiError('QUERY_TIMEOUT', 'the request ran past its time budget', 400);

export function withDeadline(store: GraphStore, deadline: number): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'close' || key === 'health') return value;
      return (...args: unknown[]) => {
        const remaining = deadline - Date.now();
        if (remaining <= 0) return Promise.reject(timeoutError());
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(timeoutError()), remaining);
        });
        const call = Promise.resolve(value.apply(target, args));
        return Promise.race([call, expired]).finally(() => clearTimeout(timer));
      };
    },
  });
}
