// Whole-graph answers of the embedded store: overlap, coverage, statistics, export.
import {
  type GraphBundle,
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../bundle';
import { checkOverlapSize, coverageOf, DIMENSION_LABEL, overlapOf } from '../contract/document-items';
import { byId } from '../contract/ordering';
import type { CoverageArgs, ExportArgs, OverlapArgs } from '../contract/normalise';
import type { Coverage, GraphStats, Overlap, OverlapDimension } from '../graph-store';
import { edgeOf, inducedEdges, need, nodeOf } from './access';
import { documentItems } from './document-triples';
import type { MemoryGraph } from './memory-graph';

export function overlap(mg: MemoryGraph, { dimension, documents: named }: OverlapArgs): Overlap {
  let documents: string[];
  if (named === undefined) {
    documents = mg.idsByLabel.get('Document') ?? [];
    checkOverlapSize(documents.length, false);
  } else documents = named.map((id) => need(mg, id, 'Document').id);
  return overlapOf(documents, documentItems(mg, dimension));
}

const coverages = new WeakMap<MemoryGraph, Map<OverlapDimension, Coverage>>();

/** Cached per graph and dimension: it has no other argument and the graph never changes. */
export function coverage(mg: MemoryGraph, { dimension }: CoverageArgs): Coverage {
  let byDimension = coverages.get(mg);
  if (byDimension === undefined) {
    byDimension = new Map();
    coverages.set(mg, byDimension);
  }
  let answer = byDimension.get(dimension);
  if (answer === undefined) {
    answer = coverageOf(
      mg.idsByLabel.get(DIMENSION_LABEL[dimension]) ?? [],
      mg.idsByLabel.get('Document') ?? [],
      documentItems(mg, dimension),
    );
    byDimension.set(dimension, answer);
  }
  return answer;
}

export function stats(mg: MemoryGraph): GraphStats {
  const byLabel = Object.fromEntries(NODE_LABELS.map((l) => [l, mg.idsByLabel.get(l)?.length ?? 0]));
  const byType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<
    RelationshipType,
    number
  >;
  mg.graph.forEachEdge((_id, edge) => {
    byType[edge.type] += 1;
  });
  return {
    nodes: mg.graph.order,
    relationships: mg.graph.size,
    byLabel: byLabel as Record<NodeLabel, number>,
    byType,
  };
}

export function exportBundle(mg: MemoryGraph, args: ExportArgs): GraphBundle {
  const ids = args.ids === undefined ? mg.graph.nodes() : args.ids.map((id) => need(mg, id).id);
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
