// Node-oriented queries on Neo4j: listing with filters, relationships of nodes, search.
import neo4j from 'neo4j-driver';
import type { ListNodesArgs, RelationshipsArgs, SearchArgs } from '../contract/normalise';
import { pageOf } from '../contract/results';
import { suggestions, type Vocabulary } from '../contract/suggest';
import { rankHits, scoreNode } from '../contract/text-search';
import { encodeCursor } from '../contract/validate';
import type { GraphEdge, GraphNode, Page, SearchResult } from '../graph-store';
import { byEdgeId, textCandidates } from './access';
import type { Neo4jConnection, Reader } from './connection';
import * as cya from './cypher-aggregates';
import * as cy from './cypher';
import { type EdgeRow, type NodeRow, searchTokensOf, toEdge, toNode } from './encoding';

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

const vocabularies = new WeakMap<Neo4jConnection, { graph: string; vocabulary: Promise<Vocabulary> }>();

/** Every token of the published graph with the number of nodes having it (suggest.ts), cached per graph. */
function vocabulary(conn: Neo4jConnection, run: Reader, ver: number, graph: string): Promise<Vocabulary> {
  let entry = vocabularies.get(conn);
  if (entry?.graph !== graph) {
    const read = (async () => {
      const counts = new Map<string, number>();
      for (const row of await run<{ tokens: unknown }>(cya.searchTokens(ver))) {
        for (const t of new Set(searchTokensOf(row.tokens))) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      return counts as Vocabulary;
    })();
    entry = { graph, vocabulary: read };
    read.catch(() => vocabularies.delete(conn));
    vocabularies.set(conn, entry);
  }
  return entry.vocabulary;
}

export async function search(conn: Neo4jConnection, args: SearchArgs): Promise<SearchResult> {
  const { terms, mode, phrase, labels, first, after } = args;
  return conn.read(async (run, ver) => {
    const nodes = await textCandidates(run, cy.atVersion(ver), terms, labels, mode, phrase);
    const scored = nodes.map((row) => {
      const node = toNode(row);
      return { node, score: scoreNode(terms, node.properties) };
    });
    const page = rankHits(terms, scored, first, after);
    const last = page.hits[page.hits.length - 1];
    let suggested: string[] = [];
    if (page.totalCount === 0) {
      const [meta] = await run<{ v: number | null; hash: string | null }>(cya.publishedGraph(conn.graphKey));
      const vocab = await vocabulary(conn, run, ver, `${meta?.v ?? -1}:${meta?.hash ?? ''}`);
      const tokens = [...vocab.keys()];
      suggested = suggestions(terms, (t) => tokens.some((k) => k.startsWith(t)), vocab);
    }
    return {
      ...page,
      endCursor: last === undefined ? null : encodeCursor(last.node.id),
      suggestions: suggested,
    };
  });
}
