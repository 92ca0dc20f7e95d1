// A bundle k times the size of another: k disjoint copies, ids suffixed with the copy number.
// For loads big enough to kill halfway and to measure load rates.
import type { GraphBundle } from '../../server/src/store/bundle';

export function scaleBundle(bundle: GraphBundle, k: number): GraphBundle {
  const copy = (id: string, i: number) => (i === 0 ? id : `${id}~${i}`);
  const nodes: GraphBundle['nodes'] = [];
  const relationships: GraphBundle['relationships'] = [];
  for (let i = 0; i < k; i++) {
    for (const n of bundle.nodes) nodes.push({ ...n, id: copy(n.id, i) });
    for (const r of bundle.relationships)
      relationships.push({ ...r, start: copy(r.start, i), end: copy(r.end, i) });
  }
  return { format: 'graph-bundle', version: 1, nodes, relationships };
}
