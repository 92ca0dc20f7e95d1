// The embedded graph: a graphology MultiDirectedGraph (parallel relationships exist, e.g. two
// ARISES_FROM with different articles) plus the indexes the store reads by: ids per label, sorted,
// and an inverted token index for full-text candidates.
import { MultiDirectedGraph } from 'graphology';
import type { GraphBundle, NodeLabel, RelationshipType } from '../bundle';
import { NODE_LABELS } from '../bundle';
import { edgeIds } from '../contract/edge-id';
import { compareStrings } from '../contract/ordering';
import { type FieldTokens, fieldTokens } from '../contract/text-search';
import type { GraphEdge, GraphNode, Properties } from '../graph-store';

export interface NodeAttributes {
  label: NodeLabel;
  properties: Properties;
  /** Search tokens, all fields together and per weighted field (contract/text-search.ts). */
  tokens: string[];
  fields: FieldTokens[];
}

export interface EdgeAttributes {
  type: RelationshipType;
  properties: Properties;
}

export type AtlasGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** One relationship seen from one of its ends. */
export interface Incidence {
  edge: string;
  other: string;
  type: RelationshipType;
  outgoing: boolean;
}

export interface MemoryGraph {
  graph: AtlasGraph;
  /**
   * Relationships of each node, both directions, as plain arrays: traversals read these rather than
   * graphology's iterators, which allocate per call and made depth-3 neighbourhoods several times slower.
   */
  incidence: Map<string, Incidence[]>;
  /** Contract values, built once: the store hands these out (never mutated). */
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  idsByLabel: Map<NodeLabel, string[]>;
  /** token → ids of nodes having it. */
  postings: Map<string, Set<string>>;
  /** Every distinct token, sorted, for prefix lookups by binary search. */
  sortedTokens: string[];
}

export function buildMemoryGraph(bundle: GraphBundle): MemoryGraph {
  const graph: AtlasGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const idsByLabel = new Map<NodeLabel, string[]>(NODE_LABELS.map((l) => [l, []]));
  const postings = new Map<string, Set<string>>();
  for (const node of bundle.nodes) {
    const label = node.labels[0] as NodeLabel;
    const fields = fieldTokens(node.properties);
    const tokens = fields.flatMap((f) => f.tokens);
    graph.addNode(node.id, { label, properties: node.properties, tokens, fields });
    idsByLabel.get(label)?.push(node.id);
    for (const token of tokens) {
      const ids = postings.get(token) ?? new Set<string>();
      ids.add(node.id);
      postings.set(token, ids);
    }
  }
  const ids = edgeIds(bundle.relationships);
  bundle.relationships.forEach((r, i) => {
    graph.addDirectedEdgeWithKey(ids[i] as string, r.start, r.end, {
      type: r.type,
      properties: r.properties,
    });
  });
  for (const list of idsByLabel.values()) list.sort(compareStrings);
  const incidence = new Map<string, Incidence[]>(bundle.nodes.map((n) => [n.id, []]));
  bundle.relationships.forEach((r, i) => {
    const edge = ids[i] as string;
    incidence.get(r.start)?.push({ edge, other: r.end, type: r.type, outgoing: true });
    incidence.get(r.end)?.push({ edge, other: r.start, type: r.type, outgoing: false });
  });
  const nodes = new Map<string, GraphNode>(
    bundle.nodes.map((n) => [n.id, { id: n.id, label: n.labels[0] as NodeLabel, properties: n.properties }]),
  );
  const edges = new Map<string, GraphEdge>(
    bundle.relationships.map((r, i) => {
      const id = ids[i] as string;
      return [id, { id, type: r.type, start: r.start, end: r.end, properties: r.properties }];
    }),
  );
  const sortedTokens = [...postings.keys()].sort(compareStrings);
  return { graph, incidence, nodes, edges, idsByLabel, postings, sortedTokens };
}

/** Ids of nodes having a token that starts with `prefix`. */
export function idsWithPrefix(mg: MemoryGraph, prefix: string): Set<string> {
  const tokens = mg.sortedTokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<string>();
  for (let i = lo; i < tokens.length && (tokens[i] as string).startsWith(prefix); i++) {
    for (const id of mg.postings.get(tokens[i] as string) ?? []) out.add(id);
  }
  return out;
}

/** Ids of nodes matching every term (see contract/text-search.ts). */
export function textMatches(mg: MemoryGraph, terms: readonly string[]): Set<string> {
  let result: Set<string> | null = null;
  for (const term of terms) {
    const ids = idsWithPrefix(mg, term);
    const previous: Set<string> | null = result;
    const next: Set<string> = previous === null ? ids : new Set([...previous].filter((id) => ids.has(id)));
    result = next;
    if (next.size === 0) break;
  }
  return result ?? new Set<string>();
}
