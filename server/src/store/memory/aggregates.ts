// Whole-graph answers of the embedded store: overlap, coverage, statistics, export.
import {
  type GraphBundle,
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../bundle';
import { coverageOf, DIMENSION_LABEL, overlapOf } from '../contract/document-items';
import { byId } from '../contract/ordering';
import { checkDimension } from '../contract/query-checks';
import * as v from '../contract/validate';
import type { Coverage, GraphStats, Overlap, OverlapDimension } from '../graph-store';
import { edgeOf, inducedEdges, need, nodeOf } from './access';
import { documentTriples } from './document-triples';
import type { MemoryGraph } from './memory-graph';

export function overlap(
  mg: MemoryGraph,
  query: { dimension: OverlapDimension; documents?: string[] },
): Overlap {
  const dimension = checkDimension(query.dimension);
  const documents =
    query.documents === undefined
      ? (mg.idsByLabel.get('Document') ?? [])
      : query.documents.map((id) => need(mg, id, 'Document').id);
  return overlapOf(documents, documentTriples(mg.graph, dimension));
}

export function coverage(mg: MemoryGraph, query: { dimension: OverlapDimension }): Coverage {
  const dimension = checkDimension(query.dimension);
  return coverageOf(
    mg.idsByLabel.get(DIMENSION_LABEL[dimension]) ?? [],
    mg.idsByLabel.get('Document') ?? [],
    documentTriples(mg.graph, dimension),
  );
}

export function stats(mg: MemoryGraph): GraphStats {
  const byLabel = Object.fromEntries(NODE_LABELS.map((l) => [l, mg.idsByLabel.get(l)?.length ?? 0]));
  const byType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<
    RelationshipType,
    number
  >;
  for (const edge of mg.edges.values()) byType[edge.type] += 1;
  return {
    nodes: mg.nodes.size,
    relationships: mg.edges.size,
    byLabel: byLabel as Record<NodeLabel, number>,
    byType,
  };
}

export function exportBundle(mg: MemoryGraph, query?: { ids?: string[] }): GraphBundle {
  const ids =
    query?.ids === undefined ? [...mg.nodes.keys()] : v.checkIds(query.ids).map((id) => need(mg, id).id);
  const keep = new Set(ids);
  const nodes = [...keep].map((id) => nodeOf(mg, id)).sort(byId);
  const edges = inducedEdges(mg, keep, new Set(RELATIONSHIP_TYPES)).map((e) => edgeOf(mg, e));
  return {
    format: 'graph-bundle',
    version: 1,
    nodes: nodes.map((n) => ({ id: n.id, labels: [n.label], properties: n.properties })),
    relationships: edges.map((e) => ({ type: e.type, start: e.start, end: e.end, properties: e.properties })),
  };
}
