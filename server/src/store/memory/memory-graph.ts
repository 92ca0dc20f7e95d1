// The embedded graph: contract values by id, incidence lists for walks, ids per label (sorted) and
// the full-text index. Plain maps and arrays rather than a graphology graph: the store only ever
// walked its own incidence lists, and graphology's copy of every node and relationship (with its
// attribute objects and adjacency) doubled the heap and most of the build time at ×100.
import type { GraphBundle, NodeLabel, RelationshipType } from '../bundle';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../bundle';
import { edgeIds } from '../contract/edge-id';
import { compareStrings } from '../contract/ordering';
import type { GraphEdge, GraphNode } from '../graph-store';
import { buildTextIndex, type TextIndex } from './text-index';

/** One relationship seen from one of its ends. */
export interface Incidence {
  edge: string;
  other: string;
  type: RelationshipType;
  outgoing: boolean;
}

export interface MemoryGraph {
  /** Relationships of each node, both directions, in bundle order. */
  incidence: Map<string, Incidence[]>;
  /** Contract values, built once: the store hands these out (never mutated). */
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  idsByLabel: Map<NodeLabel, string[]>;
  text: TextIndex;
}

export function buildMemoryGraph(bundle: GraphBundle): MemoryGraph {
  const idsByLabel = new Map<NodeLabel, string[]>(NODE_LABELS.map((l) => [l, []]));
  const nodes = new Map<string, GraphNode>();
  const labelOf = new Map(NODE_LABELS.map((l) => [l, l]));
  const incidence = new Map<string, Incidence[]>();
  for (const n of bundle.nodes) {
    const label = labelOf.get(n.labels[0] as NodeLabel) as NodeLabel;
    nodes.set(n.id, { id: n.id, label, properties: n.properties });
    idsByLabel.get(label)?.push(n.id);
    incidence.set(n.id, []);
  }
  for (const list of idsByLabel.values()) list.sort(compareStrings);
  const ids = edgeIds(bundle.relationships);
  const edges = new Map<string, GraphEdge>();
  // ends point at the node's own id string, not the parsed copy in each relationship: the copies
  // (800k at ×100) cost heap, and id sets compare the same string object by pointer
  const own = (id: string): string => nodes.get(id)?.id ?? id;
  // likewise one string per relationship type
  const typeOf = new Map(RELATIONSHIP_TYPES.map((t) => [t, t]));
  bundle.relationships.forEach((r, i) => {
    const id = ids[i] as string;
    const start = own(r.start);
    const end = own(r.end);
    const type = typeOf.get(r.type) ?? r.type;
    edges.set(id, { id, type, start, end, properties: r.properties });
    incidence.get(start)?.push({ edge: id, other: end, type, outgoing: true });
    incidence.get(end)?.push({ edge: id, other: start, type, outgoing: false });
  });
  return { incidence, nodes, edges, idsByLabel, text: buildTextIndex(nodes.values()) };
}
