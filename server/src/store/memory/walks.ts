// Walks of the embedded store: neighbourhoods and typed paths.
import { sortedUnique } from '../contract/ordering';
import { selectProperties } from '../contract/properties';
import { comparePathIds, keptByDistance } from '../contract/results';
import type { NeighbourhoodArgs, PathsArgs } from '../contract/normalise';
import type { GraphPath, Subgraph } from '../graph-store';
import { countInducedEdges, edgeOf, inducedEdges, need, nodeOf } from './access';
import type { MemoryGraph } from './memory-graph';
import { distancesFrom, simplePathsOfLength, steps } from './traversal';

export function neighbourhood(mg: MemoryGraph, args: NeighbourhoodArgs): Subgraph {
  // the graph's own id string: compared with relationship ends by pointer, not by content
  const start = need(mg, args.id).id;
  const { depth, limit, direction } = args;
  const types = new Set(args.types);
  const dist = distancesFrom(mg.incidence, start, depth, types, direction);
  const kept = keptByDistance(dist, limit);
  const edges = inducedEdges(mg, new Set(kept), types);
  const allEdges = kept.length < dist.size ? countInducedEdges(mg, dist, types) : edges.length;
  return {
    nodes: kept.map((id) => selectProperties(nodeOf(mg, id), args.keys)),
    edges: edges.map((e) => edgeOf(mg, e)),
    truncated: kept.length < dist.size,
    omittedNodes: dist.size - kept.length,
    omittedEdges: allEdges - edges.length,
  };
}

export function paths(mg: MemoryGraph, query: PathsArgs): GraphPath[] {
  need(mg, query.from);
  need(mg, query.to);
  const { maxLength, first } = query;
  const types = new Set(query.types);
  const found: string[][] = [];
  for (let length = 1; length <= maxLength && found.length < first; length++) {
    found.push(
      ...simplePathsOfLength(mg.graph, mg.incidence, query.from, query.to, length, types).sort(
        comparePathIds,
      ),
    );
  }
  return found.slice(0, first).map((ids) => ({
    nodes: ids.map((id) => nodeOf(mg, id)),
    edges: ids.slice(1).map((id, i) => {
      const joining = steps(mg.graph, ids[i] as string, types, 'both').filter((s) => s.other === id);
      return sortedUnique(joining.map((s) => s.edge)).map((e) => edgeOf(mg, e));
    }),
  }));
}
