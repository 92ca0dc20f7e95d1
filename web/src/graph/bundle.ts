import type { GraphEdge, GraphNode, Label, RelationshipType, Subgraph } from '../api/types';

/** The shared graph-bundle format (ONTOLOGY.md), as `/export/graph.json` serves it. */
export interface GraphBundle {
  format: 'graph-bundle';
  version: number;
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string; properties: Record<string, unknown> }[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The whole graph as one subgraph for the canvas. Edge ids follow the API's rule
 * (`<start>-[<TYPE>]-><end>`, `#k` for the k-th repeat) so a selection means the same edge either way.
 */
export function bundleToSubgraph(bundle: GraphBundle): Subgraph {
  const nodes: GraphNode[] = bundle.nodes.map((n) => ({
    id: n.id,
    label: (n.labels[0] ?? 'Document') as Label,
    name: str(n.properties.name) ?? n.id,
    properties: n.properties,
  }));
  const seen = new Map<string, number>();
  const edges: GraphEdge[] = bundle.relationships.map((r) => {
    const base = `${r.start}-[${r.type}]->${r.end}`;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    const evidence = r.properties.evidence;
    const spans = r.properties.spans;
    return {
      id: k === 1 ? base : `${base}#${k}`,
      type: r.type as RelationshipType,
      source: r.start,
      target: r.end,
      method: str(r.properties.method),
      evidence: Array.isArray(evidence) ? evidence.filter((e): e is string => typeof e === 'string') : [],
      score: typeof r.properties.score === 'number' ? r.properties.score : null,
      article: str(r.properties.article),
      ...(Array.isArray(spans) ? { spans: spans.filter((s): s is string => typeof s === 'string') } : {}),
    };
  });
  return { nodes, edges, truncated: false, omitted: 0 };
}
