import type { GraphBundle } from '@atlas/graph-seed/bundle';
import type { GraphEdge, GraphNode, Label, RelationshipType, Subgraph } from '../api/types';

export type { GraphBundle };

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
    return {
      id: k === 1 ? base : `${base}#${k}`,
      type: r.type as RelationshipType,
      source: r.start,
      target: r.end,
      method: str(r.properties.method),
      evidence: Array.isArray(evidence) ? evidence.filter((e): e is string => typeof e === 'string') : [],
      score: typeof r.properties.score === 'number' ? r.properties.score : null,
      article: str(r.properties.article),
    };
  });
  return { nodes, edges, truncated: false, omitted: 0 };
}
