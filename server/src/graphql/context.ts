// What every resolver receives: the store (behind the request's deadline), the request's loaders and
// the guard bounding its work (request-guard.ts).
import type { GraphStore } from '../store/graph-store';
import { withDeadline } from './deadline';
import { API_LIMITS } from './limits';
import { createLoaders, type Loaders } from './loaders';
import { RequestGuard } from './request-guard';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  guard: RequestGuard;
}

export function createContext(
  store: GraphStore,
  timeoutMs: number,
  maxItems: number = API_LIMITS.maxListItems,
): ApiContext {
  const guard = new RequestGuard(Date.now() + timeoutMs, maxItems);
  const guarded = withDeadline(store, guard);
  return { store: guarded, loaders: createLoaders(guarded), guard };
}
