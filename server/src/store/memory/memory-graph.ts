// The embedded graph: one graphology MultiDirectedGraph (parallel relationships exist, e.g. two
// ARISES_FROM with different articles; self loops are allowed) is the only place nodes and
// relationships live. A node's attributes ARE its contract GraphNode and a relationship's ARE its
// GraphEdge (graphology keeps the object it is given), so lookups hand out graph attributes and
// nothing is copied. Beside it, indexes derived from it: ids per label (sorted, the contract's
// order), the incidence slices of incidence.ts and the full-text index.
import { MultiDirectedGraph } from 'graphology';
import type { GraphBundle, NodeLabel } from '../bundle';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../bundle';
import { edgeIds } from '../contract/edge-id';
import { compareStrings } from '../contract/ordering';
import type { GraphEdge, GraphNode } from '../graph-store';
import { isStoreError, StoreError } from '../store-error';
import { buildIncidence, type Incidence } from './incidence';
import { buildTextIndex, type TextIndex } from './text-index';

export type AtlasGraph = MultiDirectedGraph<GraphNode, GraphEdge>;

export interface MemoryGraph {
  graph: AtlasGraph;
  /** Derived from `graph` for the walks that visit many nodes' relationships (incidence.ts says why). */
  incidence: Incidence;
  idsByLabel: Map<NodeLabel, string[]>;
  text: TextIndex;
}

const refused = (message: string) => new StoreError('LOAD_FAILED', `invalid bundle: ${message}`);

/**
 * The graph of a bundle. A GraphBundle is valid by its type (graph-seed's reader and builder
 * validate it), so the schema is not run again here; what the build itself finds wrong (an unknown
 * label or type, a duplicate id, a relationship to a missing node: graphology's errors) is
 * LOAD_FAILED, as the Neo4j loader's validation reports it.
 */
export function buildMemoryGraph(bundle: GraphBundle): MemoryGraph {
  try {
    return buildGraph(bundle);
  } catch (error) {
    if (isStoreError(error)) throw error;
    throw new StoreError('LOAD_FAILED', `invalid bundle: ${(error as Error).message}`, { cause: error });
  }
}

function buildGraph(bundle: GraphBundle): MemoryGraph {
  const graph: AtlasGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const labelOf = new Map(NODE_LABELS.map((l) => [l, l]));
  for (const n of bundle.nodes) {
    const label = labelOf.get(n.labels[0] as NodeLabel);
    if (label === undefined) throw refused(`${n.id} has no known label`);
    graph.addNode(n.id, { id: n.id, label, properties: n.properties });
  }
  const ids = edgeIds(bundle.relationships);
  // one string per relationship type
  const typeOf = new Map(RELATIONSHIP_TYPES.map((t) => [t, t]));
  bundle.relationships.forEach((r, i) => {
    const id = ids[i] as string;
    const type = typeOf.get(r.type);
    if (type === undefined) throw refused(`unknown relationship type ${r.type}`);
    graph.addDirectedEdgeWithKey(id, r.start, r.end, {
      id,
      type,
      start: r.start,
      end: r.end,
      properties: r.properties,
    });
  });
  // ends then point at the node's own id string (graphology hands its key to the callback), not the
  // parsed copy in each relationship: the copies cost heap, and id sets compare the same string
  // object by pointer. Patched in one pass rather than looked up per end while adding, which is
  // slower (bench/results/2026-12-03-design-figures.md).
  graph.forEachEdge((_id, e, source, target) => {
    e.start = source;
    e.end = target;
  });
  const idsByLabel = new Map<NodeLabel, string[]>(NODE_LABELS.map((l) => [l, []]));
  graph.forEachNode((id, node) => idsByLabel.get(node.label)?.push(id));
  for (const list of idsByLabel.values()) list.sort(compareStrings);
  return {
    graph,
    incidence: buildIncidence(graph),
    idsByLabel,
    text: buildTextIndex(graph.mapNodes((_id, node) => node)),
  };
}
