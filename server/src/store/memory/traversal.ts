// Walks over the embedded graph restricted to a set of relationship types and a direction.
// Hand-written over the incidence lists because graphology-traversal and graphology-simple-path
// cannot filter by relationship type or follow edges both ways in a directed graph, which the
// contract needs.
import type { RelationshipType } from '../bundle';
import { LIMITS } from '../contract/validate';
import type { Direction } from '../graph-store';
import { StoreError } from '../store-error';
import type { Incidence, MemoryGraph } from './memory-graph';

export interface Step {
  edge: string;
  other: string;
}

type Incidences = MemoryGraph['incidence'];

const follows = (i: Incidence, types: ReadonlySet<RelationshipType>, direction: Direction): boolean =>
  types.has(i.type) && (direction === 'both' || i.outgoing === (direction === 'out'));

/** Relationships of `id` of an allowed type in `direction`, with the node at their other end. */
export function steps(
  incidence: Incidences,
  id: string,
  types: ReadonlySet<RelationshipType>,
  direction: Direction,
): Step[] {
  return (incidence.get(id) ?? []).filter((i) => follows(i, types, direction));
}

/** Breadth-first hop distances from `start`, up to `depth`. */
export function distancesFrom(
  incidence: Incidences,
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
      for (const i of incidence.get(id) ?? []) {
        if (!dist.has(i.other) && follows(i, types, direction)) {
          dist.set(i.other, d);
          next.push(i.other);
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
  incidence: Incidences,
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
    for (const { other } of steps(incidence, id, types, 'both')) {
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
