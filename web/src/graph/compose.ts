import type { GraphEdge, GraphNode, RelationshipType, Subgraph } from '../api/types';
import { type Filters, passesFilters } from './filters';
import { WHOLE_KEY, type Workspace, fetchKey } from './workspace';

/** A placeholder for the neighbours a cap left out: tapping it shows more. */
export interface MoreNode {
  id: string;
  parent: string;
  type: RelationshipType;
  hidden: number;
}

export interface ViewGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  more: MoreNode[];
}

export const moreId = (parent: string, type: RelationshipType): string => `more:${parent}:${type}`;

const otherEnd = (edge: GraphEdge, id: string): string => (edge.source === id ? edge.target : edge.source);

/**
 * Derives the drawn graph from the workspace and the neighbourhoods fetched so far. Neighbours are
 * grouped by relationship type and each group is capped, so a hub never turns into a hairball; the
 * rest of a group becomes one "+N more" node. Removed and filtered nodes, and their edges, drop out.
 */
export function composeView(
  workspace: Workspace,
  fetched: ReadonlyMap<string, Subgraph>,
  filters: Filters,
): ViewGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const more = new Map<string, MoreNode>();
  const visible = new Set<string>();
  const removed = new Set(workspace.removed);
  const allEdges = new Map<string, GraphEdge>();

  const whole = workspace.whole ? fetched.get(WHOLE_KEY) : undefined;
  if (whole) {
    const focus = workspace.focus.length > 0 ? new Set(workspace.focus) : null;
    for (const node of whole.nodes) {
      if (focus && !focus.has(node.id)) continue;
      nodes.set(node.id, node);
      visible.add(node.id);
    }
    for (const edge of whole.edges) allEdges.set(edge.id, edge);
  }

  for (const expansion of workspace.expansions) {
    const sub = fetched.get(fetchKey(expansion));
    if (!sub) continue;
    for (const node of sub.nodes) nodes.set(node.id, node);
    for (const edge of sub.edges) allEdges.set(edge.id, edge);
    if (nodes.has(expansion.id)) visible.add(expansion.id);

    const groups = new Map<RelationshipType, string[]>();
    for (const edge of sub.edges) {
      if (edge.source !== expansion.id && edge.target !== expansion.id) continue;
      if (expansion.type !== null && edge.type !== expansion.type) continue;
      const neighbour = otherEnd(edge, expansion.id);
      const node = nodes.get(neighbour);
      if (!node || removed.has(neighbour) || !passesFilters(node, filters)) continue;
      const group = groups.get(edge.type) ?? [];
      if (!group.includes(neighbour)) group.push(neighbour);
      groups.set(edge.type, group);
    }
    for (const [type, members] of groups) {
      const ordered = [...members].sort((a, b) =>
        (nodes.get(a)?.name ?? a).localeCompare(nodes.get(b)?.name ?? b),
      );
      for (const id of ordered.slice(0, expansion.cap)) visible.add(id);
      const id = moreId(expansion.id, type);
      const hidden = ordered.filter((n) => !visible.has(n)).length;
      if (expansion.cap > 0 && hidden > 0) more.set(id, { id, parent: expansion.id, type, hidden });
      else more.delete(id);
    }
  }

  const shown = [...visible].filter((id) => !removed.has(id)).map((id) => nodes.get(id)!);
  const drawn = shown.filter((node) => passesFilters(node, filters));
  let drawnIds = new Set(drawn.map((n) => n.id));
  for (const edge of allEdges.values()) {
    if (drawnIds.has(edge.source) && drawnIds.has(edge.target)) edges.set(edge.id, edge);
  }
  if (filters.minDegree > 0) {
    // The degree filter counts links among what the other filters left, then drops the thin nodes.
    const degree = new Map<string, number>();
    for (const e of edges.values()) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    drawnIds = new Set([...drawnIds].filter((id) => (degree.get(id) ?? 0) >= filters.minDegree));
    for (const [id, e] of edges) if (!drawnIds.has(e.source) || !drawnIds.has(e.target)) edges.delete(id);
  }
  // A "+N more" count can shrink to zero once the same neighbours arrive through another expansion.
  const moreLeft = [...more.values()]
    .filter((m) => drawnIds.has(m.parent))
    .map((m) => ({ ...m, hidden: countHidden(m, allEdges, nodes, drawnIds, removed, filters) }))
    .filter((m) => m.hidden > 0);
  return { nodes: drawn.filter((n) => drawnIds.has(n.id)), edges: [...edges.values()], more: moreLeft };
}

function countHidden(
  more: MoreNode,
  edges: ReadonlyMap<string, GraphEdge>,
  nodes: ReadonlyMap<string, GraphNode>,
  drawn: ReadonlySet<string>,
  removed: ReadonlySet<string>,
  filters: Filters,
): number {
  const hidden = new Set<string>();
  for (const edge of edges.values()) {
    if (edge.type !== more.type || (edge.source !== more.parent && edge.target !== more.parent)) continue;
    const id = otherEnd(edge, more.parent);
    const node = nodes.get(id);
    if (node && !drawn.has(id) && !removed.has(id) && passesFilters(node, filters)) hidden.add(id);
  }
  return hidden.size;
}
