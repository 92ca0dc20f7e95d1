// The embedded graph: contract values by id, incidence lists for walks, ids per label (sorted) and
// the full-text index. Plain maps and arrays rather than a graphology graph: the store only ever
// walked its own incidence lists, and graphology's copy of every node and relationship (with its
// attribute objects and adjacency) doubled the heap and most of the build time at ×100.
import type { GraphBundle, NodeLabel, RelationshipType } from '../bundle';
import { NODE_LABELS } from '../bundle';
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
  const incidence = new Map<string, Incidence[]>();
  for (const n of bundle.nodes) {
    const label = n.labels[0] as NodeLabel;
    nodes.set(n.id, { id: n.id, label, properties: n.properties });
    idsByLabel.get(label)?.push(n.id);
    incidence.set(n.id, []);
  }
  for (const list of idsByLabel.values()) list.sort(compareStrings);
  const ids = edgeIds(bundle.relationships);
  const edges = new Map<string, GraphEdge>();
  bundle.relationships.forEach((r, i) => {
    const id = ids[i] as string;
    edges.set(id, { id, type: r.type, start: r.start, end: r.end, properties: r.properties });
    incidence.get(r.start)?.push({ edge: id, other: r.end, type: r.type, outgoing: true });
    incidence.get(r.end)?.push({ edge: id, other: r.start, type: r.type, outgoing: false });
  });
  return { incidence, nodes, edges, idsByLabel, text: buildTextIndex(nodes.values()) };
}
