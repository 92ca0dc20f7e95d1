// Whole-graph answers on Neo4j: overlap, coverage, statistics, export.
import {
  type GraphBundle,
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../bundle';
import {
  checkOverlapSize,
  coverageOf,
  DIMENSION_LABEL,
  type DocumentItem,
  type DocumentItemIndex,
  indexTriples,
  overlapOf,
} from '../contract/document-items';
import { byId } from '../contract/ordering';
import type { CoverageArgs, ExportArgs, OverlapArgs } from '../contract/normalise';
import type { Coverage, GraphEdge, GraphNode, GraphStats, Overlap, OverlapDimension } from '../graph-store';
import { byEdgeId, need } from './access';
import type { Neo4jConnection, Reader } from './connection';
import * as cy from './cypher';
import * as cya from './cypher-aggregates';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './encoding';

/**
 * Document-item indexes and coverage answers per connection, for one published graph (its version
 * and bundle hash, read together: a reset database can reuse a version number) and dimension. A
 * published graph never changes, so they stay right until a load publishes another graph; then
 * the cache is replaced.
 */
interface Cached {
  index?: DocumentItemIndex;
  coverage?: Coverage;
}
const caches = new WeakMap<Neo4jConnection, { graph: string; byDimension: Map<OverlapDimension, Cached> }>();

/** Runs `work` on the published graph `ver` (-1: none) with its cache for `dimension`. */
function readCached<T>(
  conn: Neo4jConnection,
  dimension: OverlapDimension,
  work: (run: Reader, ver: number, cached: Cached) => Promise<T>,
): Promise<T> {
  return conn.read(async (run) => {
    const [meta] = await run<{ v: number | null; hash: string | null }>(cya.publishedGraph(conn.graphKey));
    const ver = meta?.v ?? -1;
    const graph = `${ver}:${meta?.hash ?? ''}`;
    let entry = caches.get(conn);
    if (entry?.graph !== graph) {
      entry = { graph, byDimension: new Map() };
      caches.set(conn, entry);
    }
    let cached = entry.byDimension.get(dimension);
    if (cached === undefined) {
      cached = {};
      entry.byDimension.set(dimension, cached);
    }
    return work(run, ver, cached);
  });
}

export async function overlap(
  conn: Neo4jConnection,
  { dimension, documents: asked }: OverlapArgs,
): Promise<Overlap> {
  return readCached(conn, dimension, async (run, ver, cached) => {
    let documents: string[];
    if (asked === undefined) {
      documents = (await run<{ id: string }>(cya.idsOfLabel(ver, 'Document'))).map((r) => r.id);
      checkOverlapSize(documents.length, false);
    } else {
      const found = await need(
        run,
        ver,
        asked.map((id) => ({ id, label: 'Document' as const })),
      );
      documents = [...found.keys()];
    }
    // without the whole-graph index, only the triples of the documents compared; when those are
    // all the documents, that is the whole-graph index: kept
    let index = cached.index;
    if (index === undefined) {
      index = indexTriples(await run<DocumentItem>(cya.documentTriplesOf(ver, dimension, documents)));
      if (asked === undefined) cached.index = index;
    }
    return overlapOf(documents, index);
  });
}

export async function coverage(conn: Neo4jConnection, { dimension }: CoverageArgs): Promise<Coverage> {
  return readCached(conn, dimension, async (run, ver, cached) => {
    if (cached.coverage !== undefined) return cached.coverage;
    const items = await run<{ id: string }>(cya.idsOfLabel(ver, DIMENSION_LABEL[dimension]));
    const documents = await run<{ id: string }>(cya.idsOfLabel(ver, 'Document'));
    cached.index ??= indexTriples(await run<DocumentItem>(cya.documentTriples(ver, dimension)));
    cached.coverage = coverageOf(
      items.map((r) => r.id),
      documents.map((r) => r.id),
      cached.index,
    );
    return cached.coverage;
  });
}

export async function stats(conn: Neo4jConnection): Promise<GraphStats> {
  return conn.read(async (run, ver) => {
    const labels = await run<{ key: NodeLabel; total: number }>(cya.countByLabel(ver));
    const types = await run<{ key: RelationshipType; total: number }>(cya.countByType(ver));
    const byLabel = Object.fromEntries(NODE_LABELS.map((l) => [l, 0])) as Record<NodeLabel, number>;
    const byType = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<
      RelationshipType,
      number
    >;
    for (const r of labels) byLabel[r.key] = r.total;
    for (const r of types) byType[r.key] = r.total;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return {
      nodes: sum(Object.values(byLabel)),
      relationships: sum(Object.values(byType)),
      byLabel,
      byType,
    };
  });
}

export async function exportBundle(conn: Neo4jConnection, { ids: asked }: ExportArgs): Promise<GraphBundle> {
  return conn.read(async (run, ver) => {
    let nodes: GraphNode[];
    let edges: GraphEdge[];
    if (asked === undefined) {
      nodes = (await run<{ node: NodeRow }>(cya.allNodes(ver))).map((r) => toNode(r.node));
      edges = (await run<{ edge: EdgeRow }>(cya.allEdges(ver))).map((r) => toEdge(r.edge));
    } else {
      nodes = [
        ...(
          await need(
            run,
            ver,
            asked.map((id) => ({ id })),
          )
        ).values(),
      ];
      edges = (
        await run<{ edge: EdgeRow }>(cy.inducedEdges(ver, [...new Set(asked)], RELATIONSHIP_TYPES))
      ).map((r) => toEdge(r.edge));
    }
    return {
      format: 'graph-bundle',
      version: 1,
      nodes: nodes.sort(byId).map((n) => ({ id: n.id, labels: [n.label], properties: n.properties })),
      relationships: edges
        .sort(byEdgeId)
        .map((e) => ({ type: e.type, start: e.start, end: e.end, properties: e.properties })),
    };
  });
}
