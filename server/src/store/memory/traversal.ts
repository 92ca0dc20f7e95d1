// Walks over the embedded graph restricted to a set of relationship types and a direction, read
// with graphology's per-node edge callbacks (forEachOutEdge / forEachInEdge / forEachEdge, which
// allocate no iterator), or for breadth-first distances (neighbourhoods reach tens of thousands of
// nodes at ×100) from the incidence slices derived from the graph (incidence.ts).
// The walks themselves are hand-written: graphology-traversal, graphology-shortest-path and
// graphology-simple-path cannot filter by relationship type nor follow relationships both ways in a
// directed graph, and the contract's paths are exactly `length` long, enumerated whole (then ordered
// and limited) under the pathCandidates limit, which none of them offers.
import type { RelationshipType } from '../bundle';
import { LIMITS } from '../contract/validate';
import type { Direction, GraphEdge } from '../graph-store';
import { StoreError } from '../store-error';
import { follows, type Incidence, incidentOf, otherEnd } from './incidence';
import type { AtlasGraph } from './memory-graph';

export interface Step {
  edge: string;
  other: string;
}

type EdgeCallback = (edge: string, e: GraphEdge, source: string, target: string) => void;

/** Calls `visit` for each relationship of `id` in `direction` (a self loop once). */
export function forEachEdgeOf(
  graph: AtlasGraph,
  id: string,
  direction: Direction,
  visit: EdgeCallback,
): void {
  if (direction === 'out') graph.forEachOutEdge(id, visit);
  else if (direction === 'in') graph.forEachInEdge(id, visit);
  else graph.forEachEdge(id, visit);
}

/** Relationships of `id` of an allowed type in `direction`, with the node at their other end. */
export function steps(
  graph: AtlasGraph,
  id: string,
  types: ReadonlySet<RelationshipType>,
  direction: Direction,
): Step[] {
  const out: Step[] = [];
  forEachEdgeOf(graph, id, direction, (edge, e, source, target) => {
    if (types.has(e.type)) out.push({ edge, other: source === id ? target : source });
  });
  return out;
}

/** Breadth-first hop distances from `start`, up to `depth`, read from the incidence slices. */
export function distancesFrom(
  incidence: Incidence,
  start: string,
  depth: number,
  types: ReadonlySet<RelationshipType>,
  direction: Direction,
): Map<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  const { edges } = incidence;
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      const { from, outTo, to } = incidentOf(incidence, id);
      for (let k = from, end = direction === 'out' ? outTo : to; k < end; k++) {
        const e = edges[k] as GraphEdge;
        const other = otherEnd(e, id);
        if (!dist.has(other) && types.has(e.type) && follows(e, id, direction)) {
          dist.set(other, d);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * Every simple path (no repeated node) of exactly `length` relationships from `from` to `to`, as node
 * id sequences, edges followed both ways. Pruned by the distance to `to`, so only paths that can still
 * arrive are extended.
 */
export function simplePathsOfLength(
  graph: AtlasGraph,
  incidence: Incidence,
  from: string,
  to: string,
  length: number,
  types: ReadonlySet<RelationshipType>,
): string[][] {
  const toTarget = distancesFrom(incidence, to, length, types, 'both');
  const found: string[][] = [];
  const seen = new Set<string>();
  const path = [from];
  const onPath = new Set([from]);
  const walk = (id: string): void => {
    const used = path.length - 1;
    if (used === length) {
      if (id === to) {
        const key = path.join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          found.push([...path]);
          if (found.length > LIMITS.pathCandidates) {
            throw new StoreError('INVALID_ARGUMENT', 'too many paths: narrow the types or the length');
          }
        }
      }
      return;
    }
    for (const { other } of steps(graph, id, types, 'both')) {
      const remaining = length - used - 1;
      const d = toTarget.get(other);
      if (onPath.has(other) || d === undefined || d > remaining) continue;
      if (other === to && remaining > 0) continue;
      path.push(other);
      onPath.add(other);
      walk(other);
      path.pop();
      onPath.delete(other);
    }
  };
  walk(from);
  return found;
}
