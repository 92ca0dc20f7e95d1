// Reading the embedded graph: contract values by id and existence checks through graphology,
// induced relationships from the incidence slices.
import type { NodeLabel, RelationshipType } from '../bundle';
import { compareStrings } from '../contract/ordering';
import type { GraphEdge, GraphNode } from '../graph-store';
import { invalidArgument, notFound } from '../store-error';
import { incidentOf } from './incidence';
import type { MemoryGraph } from './memory-graph';

/** The node `id`, known to exist (an id read from the graph itself). */
export const nodeOf = (mg: MemoryGraph, id: string): GraphNode => mg.graph.getNodeAttributes(id);
export const edgeOf = (mg: MemoryGraph, id: string): GraphEdge => mg.graph.getEdgeAttributes(id);

/** The node `id`, or null when the graph has none. */
export const nodeOrNull = (mg: MemoryGraph, id: string): GraphNode | null =>
  mg.graph.hasNode(id) ? mg.graph.getNodeAttributes(id) : null;

/** The node `id` (a checked id): NOT_FOUND when absent, INVALID_ARGUMENT when not of `label`. */
export function need(mg: MemoryGraph, id: string, label?: NodeLabel): GraphNode {
  const node = nodeOrNull(mg, id);
  if (node === null) throw notFound(id);
  if (label !== undefined && node.label !== label) throw invalidArgument(`${id} is not a ${label}`);
  return node;
}

type IdSet = { has(id: string): boolean; keys(): Iterable<string> };

/**
 * Relationships of allowed types with both ends in `ids`, sorted by id; each read once, from its start.
 * Read from the incidence slices: a neighbourhood visits every relationship of every node reached.
 */
export function inducedEdges(mg: MemoryGraph, ids: IdSet, types: ReadonlySet<RelationshipType>): string[] {
  const out: string[] = [];
  const { edges } = mg.incidence;
  for (const id of ids.keys()) {
    const { from, outTo } = incidentOf(mg.incidence, id);
    for (let k = from; k < outTo; k++) {
      const e = edges[k] as GraphEdge;
      if (types.has(e.type) && ids.has(e.end)) out.push(e.id);
    }
  }
  return out.sort(compareStrings);
}

export function countInducedEdges(mg: MemoryGraph, ids: IdSet, types: ReadonlySet<RelationshipType>): number {
  let count = 0;
  const { edges } = mg.incidence;
  for (const id of ids.keys()) {
    const { from, outTo } = incidentOf(mg.incidence, id);
    for (let k = from; k < outTo; k++) {
      const e = edges[k] as GraphEdge;
      if (types.has(e.type) && ids.has(e.end)) count++;
    }
  }
  return count;
}
