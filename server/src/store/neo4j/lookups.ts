// Node-oriented queries on Neo4j: listing with filters, relationships of nodes, search.
import neo4j from 'neo4j-driver';
import { NODE_LABELS } from '../bundle';
import { checkFilter } from '../contract/query-checks';
import { pageOf } from '../contract/results';
import { rankHits, scoreNode } from '../contract/text-search';
import * as v from '../contract/validate';
import type {
  GraphEdge,
  GraphNode,
  ListNodesQuery,
  Page,
  RelationshipsQuery,
  SearchHit,
  SearchQuery,
} from '../graph-store';
import { byEdgeId, textCandidates } from './access';
import type { Neo4jConnection } from './connection';
import * as cy from './cypher';
import { type EdgeRow, type NodeRow, toEdge, toNode } from './encoding';

export async function listNodes(conn: Neo4jConnection, query: ListNodesQuery): Promise<Page<GraphNode>> {
  const label = v.checkLabel(query.label);
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  const after = v.decodeCursor(query.after);
  const filter = checkFilter(query.filter);
  return conn.read(async (run, ver) => {
    const textIds =
      filter.text === undefined
        ? null
        : (await textCandidates(run, cy.atVersion(ver), filter.text, [label])).nodes.map((n) => n.id);
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
  query: RelationshipsQuery,
): Promise<GraphEdge[][]> {
  const ids = v.checkIds(query.ids);
  const types = v.checkTypes(query.types);
  const direction = v.checkDirection(query.direction);
  const rows = await conn.readAt((run, at) =>
    run<{ id: string; edges: EdgeRow[] }>(cy.relationshipsOf(at, [...new Set(ids)], types, direction)),
  );
  const byNode = new Map(rows.map((r) => [r.id, r.edges.map(toEdge).sort(byEdgeId)]));
  return ids.map((id) => byNode.get(id) ?? []);
}

export async function search(conn: Neo4jConnection, query: SearchQuery): Promise<SearchHit[]> {
  const labels = v.checkLabels(query.labels) ?? [...NODE_LABELS];
  const first = v.checkInt('first', query.first, 1, v.LIMITS.searchFirst);
  const { terms, nodes } = await conn.readAt((run, at) => textCandidates(run, at, query.text, labels));
  const scored = nodes.map((row) => {
    const node = toNode(row);
    return { node, score: scoreNode(terms, node.properties) };
  });
  return rankHits(terms, scored, first);
}
