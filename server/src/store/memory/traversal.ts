// Walks over the embedded graph restricted to a set of relationship types and a direction.
// Hand-written on graphology's edge iterators because graphology-traversal and graphology-simple-path
// cannot filter by relationship type or follow edges both ways in a directed graph, which the
// contract needs.
import type { RelationshipType } from '../bundle';
import { LIMITS } from '../contract/validate';
import type { Direction } from '../graph-store';
import { StoreError } from '../store-error';
import type { AtlasGraph } from './memory-graph';

export interface Step {
  edge: string;
  other: string;
}

/** Relationships of `id` of an allowed type in `direction`, with the node at their other end. */
export function steps(
  graph: AtlasGraph,
  id: string,
  types: ReadonlySet<RelationshipType>,
  direction: Direction,
): Step[] {
  const out: Step[] = [];
  if (direction !== 'in') {
    graph.forEachOutEdge(id, (edge, attrs, _source, target) => {
      if (types.has(attrs.type)) out.push({ edge, other: target });
    });
  }
  if (direction !== 'out') {
    graph.forEachInEdge(id, (edge, attrs, source) => {
      if (types.has(attrs.type)) out.push({ edge, other: source });
    });
  }
  return out;
}

/** Breadth-first hop distances from `start`, up to `depth`. */
export function distancesFrom(
  graph: AtlasGraph,
  start: string,
  depth: number,
  types: ReadonlySet<RelationshipType>,
  direction: Direction,
): Map<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { other } of steps(graph, id, types, direction)) {
        if (!dist.has(other)) {
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
  from: string,
  to: string,
  length: number,
  types: ReadonlySet<RelationshipType>,
): string[][] {
  const toTarget = distancesFrom(graph, to, length, types, 'both');
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
