// Per-request DataLoaders: every nested field reads nodes and relationships through these, so a query
// costs one store call per (level, relationship type, direction), not one per parent (no N+1).
import DataLoader from 'dataloader';
import type { Direction, GraphEdge, GraphNode, GraphStore, RelationshipType } from '../store/graph-store';
import { translateError } from './errors';

export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  /** Relationships of one type and direction, per node id, sorted by edge id. */
  relationships(
    type: RelationshipType,
    direction: Exclude<Direction, 'both'>,
  ): DataLoader<string, GraphEdge[]>;
}

async function translated<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw translateError(error);
  }
}

export function createLoaders(store: GraphStore): Loaders {
  const node = new DataLoader<string, GraphNode | null>((ids) => translated(store.nodes(ids)));
  const byKind = new Map<string, DataLoader<string, GraphEdge[]>>();
  return {
    node,
    relationships(type, direction) {
      const key = `${direction}:${type}`;
      let loader = byKind.get(key);
      if (loader === undefined) {
        loader = new DataLoader<string, GraphEdge[]>((ids) =>
          translated(store.relationships({ ids: [...ids], direction, types: [type] })),
        );
        byKind.set(key, loader);
      }
      return loader;
    },
  };
}
