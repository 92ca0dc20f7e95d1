// What every resolver receives: the store (behind the request's deadline) and the request's loaders.
import type { GraphStore } from '../store/graph-store';
import { withDeadline } from './deadline';
import { createLoaders, type Loaders } from './loaders';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
}

export function createContext(store: GraphStore, timeoutMs: number): ApiContext {
  const guarded = withDeadline(store, Date.now() + timeoutMs);
  return { store: guarded, loaders: createLoaders(guarded) };
}
