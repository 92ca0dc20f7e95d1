// Reading the embedded graph: contract values by id, existence checks, induced relationships.
import type { NodeLabel, RelationshipType } from '../bundle';
import { compareStrings } from '../contract/ordering';
import * as v from '../contract/validate';
import type { GraphEdge, GraphNode } from '../graph-store';
import { invalidArgument, notFound } from '../store-error';
import type { MemoryGraph } from './memory-graph';

export const nodeOf = (mg: MemoryGraph, id: string): GraphNode => mg.nodes.get(id) as GraphNode;
export const edgeOf = (mg: MemoryGraph, id: string): GraphEdge => mg.edges.get(id) as GraphEdge;

/** The node `id`: NOT_FOUND when absent, INVALID_ARGUMENT when not of `label`. */
export function need(mg: MemoryGraph, id: string, label?: NodeLabel): GraphNode {
  const node = mg.nodes.get(v.checkId(id));
  if (node === undefined) throw notFound(id);
  if (label !== undefined && node.label !== label) throw invalidArgument(`${id} is not a ${label}`);
  return node;
}

type IdSet = { has(id: string): boolean; keys(): Iterable<string> };

/** Relationships of allowed types with both ends in `ids`, sorted by id. */
export function inducedEdges(mg: MemoryGraph, ids: IdSet, types: ReadonlySet<RelationshipType>): string[] {
  const out: string[] = [];
  for (const id of ids.keys()) {
    for (const i of mg.incidence.get(id) ?? []) {
      if (i.outgoing && types.has(i.type) && ids.has(i.other)) out.push(i.edge);
    }
  }
  return out.sort(compareStrings);
}

export function countInducedEdges(mg: MemoryGraph, ids: IdSet, types: ReadonlySet<RelationshipType>): number {
  let count = 0;
  for (const id of ids.keys()) {
    for (const i of mg.incidence.get(id) ?? []) {
      if (i.outgoing && types.has(i.type) && ids.has(i.other)) count++;
    }
  }
  return count;
}
