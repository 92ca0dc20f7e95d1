// Per-request DataLoaders: every nested field reads nodes and relationships through these, so a query
// costs one store call per (level, relationship type, direction), not one per parent (no N+1).
import DataLoader from 'dataloader';
import { selectProperties } from '../store/contract/properties';
import type {
  Direction,
  GraphEdge,
  GraphNode,
  GraphStore,
  PropertySelection,
  RelationshipType,
} from '../store/graph-store';
import { translateError } from './errors';

export interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  /**
   * Nodes with only the selected properties (contract/properties.ts): what a field that reads a few
   * properties is given, and what a store answer that already holds those nodes primes.
   */
  nodeWith(selection: PropertySelection): DataLoader<string, GraphNode | null>;
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
  const bySelection = new Map<string, DataLoader<string, GraphNode | null>>();
  // the same selection array comes back for every field of a query (selectedProperties keeps it per
  // parsed field), so it is looked up by identity before its keys are joined into a key
  const byArray = new WeakMap<readonly string[], DataLoader<string, GraphNode | null>>();
  return {
    node,
    nodeWith(selection) {
      if (selection === 'all') return node;
      const same = byArray.get(selection);
      if (same !== undefined) return same;
      const key = selection.join('\n');
      let loader = bySelection.get(key);
      if (loader === undefined) {
        loader = new DataLoader<string, GraphNode | null>(async (ids) =>
          (await node.loadMany(ids)).map((n) =>
            n === null || n instanceof Error ? n : selectProperties(n, selection),
          ),
        );
        bySelection.set(key, loader);
      }
      byArray.set(selection, loader);
      return loader;
    },
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
