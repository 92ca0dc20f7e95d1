// A property selection (graph-store.ts PropertySelection), checked and applied the same way by both
// stores, so that an answer with a selection is the answer without it, minus the keys left out.
import type { GraphNode, Properties, PropertySelection } from '../graph-store';
import { invalidArgument } from '../store-error';
import { checkPropertyKey } from './validate';

/** At most this many keys: a selection names the few properties a view reads, not a schema. */
const MAX_KEYS = 64;

/** The selection's keys, checked and sorted without duplicates; null for every property. */
export function checkSelection(selection: PropertySelection | undefined): string[] | null {
  if (selection === undefined || selection === 'all') return null;
  if (selection.length > MAX_KEYS) throw invalidArgument(`at most ${MAX_KEYS} property keys`);
  return [...new Set(selection.map(checkPropertyKey))].sort();
}

/** `node` with only the properties in `keys` (null: the node itself). */
export function selectProperties(node: GraphNode, keys: readonly string[] | null): GraphNode {
  if (keys === null) return node;
  const properties: Properties = {};
  for (const key of keys) {
    const value = node.properties[key];
    if (value !== undefined) properties[key] = value;
  }
  return { id: node.id, label: node.label, properties };
}
