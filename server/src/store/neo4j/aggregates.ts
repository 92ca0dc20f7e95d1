// Whole-graph answers on Neo4j: overlap, coverage, statistics, export.
import {
  type GraphBundle,
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../bundle';
import { coverageOf, DIMENSION_LABEL, type DocumentItem, overlapOf } from '../contract/document-items';
import { byId } from '../contract/ordering';
import { checkDimension } from '../contract/query-checks';
import * as v from '../contract/validate';
import type { Coverage, GraphEdge, GraphNode, GraphStats, Overlap, OverlapDimension } from '../graph-store';
import { byEdgeId, need } from './access';
import type { Neo4jConnection } from './connection';
import * as cy from './cypher';
import * as cya from './cypher-aggregates';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './records';

export async function overlap(
  conn: Neo4jConnection,
  query: { dimension: OverlapDimension; documents?: string[] },
): Promise<Overlap> {
  const dimension = checkDimension(query.dimension);
  const asked = query.documents === undefined ? undefined : v.checkIds(query.documents);
  return conn.read(async (run, ver) => {
    const documents =
      asked === undefined
        ? (await run<{ id: string }>(cya.idsOfLabel(ver, 'Document'))).map((r) => r.id)
        : [
            ...(
              await need(
                run,
                ver,
                asked.map((id) => ({ id, label: 'Document' as const })),
              )
            ).keys(),
          ];
    const triples = await run<DocumentItem>(cya.documentTriples(ver, dimension));
    return overlapOf(documents, triples);
  });
}

export async function coverage(
  conn: Neo4jConnection,
  query: { dimension: OverlapDimension },
): Promise<Coverage> {
  const dimension = checkDimension(query.dimension);
  return conn.read(async (run, ver) => {
    const items = await run<{ id: string }>(cya.idsOfLabel(ver, DIMENSION_LABEL[dimension]));
    const documents = await run<{ id: string }>(cya.idsOfLabel(ver, 'Document'));
    const triples = await run<DocumentItem>(cya.documentTriples(ver, dimension));
    return coverageOf(
      items.map((r) => r.id),
      documents.map((r) => r.id),
      triples,
    );
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

export async function exportBundle(conn: Neo4jConnection, query?: { ids?: string[] }): Promise<GraphBundle> {
  const asked = query?.ids === undefined ? undefined : v.checkIds(query.ids);
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
