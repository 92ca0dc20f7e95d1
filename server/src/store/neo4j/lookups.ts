// Node-oriented queries on Neo4j: listing with filters, relationships of nodes, search.
import neo4j from 'neo4j-driver';
import type { ListNodesArgs, RelationshipsArgs, SearchArgs } from '../contract/normalise';
import { pageOf } from '../contract/results';
import { rankHits, scoreNode } from '../contract/text-search';
import type { GraphEdge, GraphNode, Page, SearchHit } from '../graph-store';
import { byEdgeId, textCandidates } from './access';
import type { Neo4jConnection } from './connection';
import * as cy from './cypher';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './records';

export async function listNodes(conn: Neo4jConnection, args: ListNodesArgs): Promise<Page<GraphNode>> {
  const { label, first, after, filter, terms } = args;
  return conn.read(async (run, ver) => {
    const textIds =
      terms === null ? null : (await textCandidates(run, cy.atVersion(ver), terms, [label])).map((n) => n.id);
    const params: cy.ListFilterParams = {
      props: Object.entries(filter.properties ?? {}).map(([key, values]) => ({ key, values })),
      related: (filter.related ?? []).map((rf) => ({ type: rf.type, dir: rf.direction, ids: rf.ids })),
      textIds,
    };
    const rows = await run<{ node: NodeRow }>(cy.listNodes(ver, label, params, after, neo4j.int(first + 1)));
    const [count] = await run<{ total: number }>(cy.countNodes(ver, label, params));
    return pageOf(
      rows.map((r) => toNode(r.node)),
      first,
      count?.total ?? 0,
    );
  });
}

export async function relationships(
  conn: Neo4jConnection,
  { ids, types, direction }: RelationshipsArgs,
): Promise<GraphEdge[][]> {
  const rows = await conn.readAt((run, at) =>
    run<{ id: string; edges: EdgeRow[] }>(cy.relationshipsOf(at, [...new Set(ids)], types, direction)),
  );
  const byNode = new Map(rows.map((r) => [r.id, r.edges.map(toEdge).sort(byEdgeId)]));
  return ids.map((id) => byNode.get(id) ?? []);
}

export async function search(
  conn: Neo4jConnection,
  { terms, labels, first }: SearchArgs,
): Promise<SearchHit[]> {
  const nodes = await conn.readAt((run, at) => textCandidates(run, at, terms, labels));
  const scored = nodes.map((row) => {
    const node = toNode(row);
    return { node, score: scoreNode(terms, node.properties) };
  });
  return rankHits(terms, scored, first);
}
