// The per-request time budget at the store boundary. Every store call of a request goes through this
// wrapper: it gives the event loop a turn when the request has held it for a while, refuses to start
// once the budget is spent and stops waiting for a call that outlives it (a Neo4j query cannot be
// cancelled from here, but the client gets its answer on time). Hand-written: it is a thin Proxy
// over our own interface, no library knows it.
import type { GraphStore } from '../store/graph-store';
import { type RequestGuard, timeoutError } from './request-guard';

export { timeoutError };

export function withDeadline(store: GraphStore, guard: RequestGuard): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'close' || key === 'health') return value;
      return async (...args: unknown[]) => {
        await guard.pause();
        const remaining = guard.deadline - Date.now();
        if (remaining <= 0) throw timeoutError();
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(timeoutError()), remaining);
        });
        const call = Promise.resolve(value.apply(target, args));
        try {
          return await Promise.race([call, expired]);
        } finally {
          clearTimeout(timer);
        }
      };
    },
  });
}
