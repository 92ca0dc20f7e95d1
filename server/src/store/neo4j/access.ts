// Reading the Neo4j graph inside a read transaction: nodes by id, existence checks, text candidates.
import type { NodeLabel } from '../bundle';
import { compareStrings } from '../contract/ordering';
import { luceneQuery, matchesAll, queryTerms } from '../contract/text-search';
import * as v from '../contract/validate';
import type { GraphEdge, GraphNode } from '../graph-store';
import { invalidArgument, notFound } from '../store-error';
import type { Reader } from './connection';
import * as cy from './cypher';
import { type NodeRow, searchTokensOf, toNode } from './records';

export const byEdgeId = (a: GraphEdge, b: GraphEdge): number => compareStrings(a.id, b.id);

export async function fetchNodes(
  run: Reader,
  ver: number,
  ids: readonly string[],
): Promise<Map<string, GraphNode>> {
  const rows = await run<{ node: NodeRow }>(cy.nodesByIds(ver, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.node.id, toNode(r.node)]));
}

/** Each id must name a node (NOT_FOUND), of `label` when given (INVALID_ARGUMENT). */
export async function need(run: Reader, ver: number, wanted: Array<{ id: string; label?: NodeLabel }>) {
  const found = await fetchNodes(run, ver, v.checkIds(wanted.map((w) => w.id)));
  for (const w of wanted) {
    const node = found.get(w.id);
    if (node === undefined) throw notFound(w.id);
    if (w.label !== undefined && node.label !== w.label) throw invalidArgument(`${w.id} is not a ${w.label}`);
  }
  return found;
}

/** Nodes matching every term of `text` (see contract/text-search.ts), with the terms. */
export async function textCandidates(run: Reader, ver: number, text: string, labels: readonly NodeLabel[]) {
  const terms = queryTerms(text);
  const rows = await run<{ node: NodeRow }>(cy.fulltextCandidates(ver, luceneQuery(terms), labels));
  return { terms, rows: rows.filter((r) => matchesAll(terms, searchTokensOf(r.node))) };
}
