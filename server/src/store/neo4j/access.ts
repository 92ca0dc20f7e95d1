// Reading nodes: by id, existence checks, text candidates. Each takes the version to read as an `At`
// (cypher.ts): the published one, looked up by the query itself, or one an earlier query returned.
import type { NodeLabel } from '../bundle';
import { compareStrings } from '../contract/ordering';
import { notA } from '../contract/validate';
import { luceneAnyQuery, luceneQuery, matchesAll, matchesAny, matchesPhrase } from '../contract/text-search';
import type { GraphEdge, GraphNode, SearchMode } from '../graph-store';
import { invalidArgument, notFound } from '../store-error';
import type { Reader } from './connection';
import * as cy from './cypher';
import { type NodeRow, searchTokensOf, toNode } from './encoding';

export const byEdgeId = (a: GraphEdge, b: GraphEdge): number => compareStrings(a.id, b.id);

export interface FoundNodes {
  nodes: Map<string, GraphNode>;
  /** The version read: `at`'s own, or the published one the query found (-1: no node found). */
  v: number;
}

export async function fetchNodesAt(run: Reader, at: cy.At, ids: readonly string[]): Promise<FoundNodes> {
  const rows = await run<{ v: number; node: NodeRow }>(cy.nodesByIds(at, [...new Set(ids)]));
  const v = at.kind === 'version' ? at.v : (rows[0]?.v ?? -1);
  return { nodes: new Map(rows.map((r) => [r.node.id, toNode(r.node)])), v };
}

/** Each (checked) id must name a node (NOT_FOUND), of `label` when given (INVALID_ARGUMENT), in order. */
export async function needAt(
  run: Reader,
  at: cy.At,
  wanted: Array<{ id: string; label?: NodeLabel }>,
): Promise<FoundNodes> {
  const found = await fetchNodesAt(
    run,
    at,
    wanted.map((w) => w.id),
  );
  for (const w of wanted) {
    const node = found.nodes.get(w.id);
    if (node === undefined) throw notFound(w.id);
    if (w.label !== undefined && node.label !== w.label) throw invalidArgument(notA(w.id, w.label));
  }
  return found;
}

/** `fetchNodesAt` in a version already read. */
export const fetchNodes = async (run: Reader, ver: number, ids: readonly string[]) =>
  (await fetchNodesAt(run, cy.atVersion(ver), ids)).nodes;

/** `needAt` in a version already read. */
export const need = async (run: Reader, ver: number, wanted: Array<{ id: string; label?: NodeLabel }>) =>
  (await needAt(run, cy.atVersion(ver), wanted)).nodes;

/**
 * Nodes matching `terms` in `mode` (see contract/text-search.ts): the full-text index proposes, the
 * contract's own matching decides (phrase: every word, then the words in a row).
 */
export async function textCandidates(
  run: Reader,
  at: cy.At,
  terms: readonly string[],
  labels: readonly NodeLabel[],
  mode: SearchMode = 'all',
  phrase: readonly string[] | null = null,
) {
  const lucene = mode === 'any' ? luceneAnyQuery(terms) : luceneQuery(terms);
  const rows = await run<{ node: NodeRow; tokens: unknown }>(cy.fulltextCandidates(at, lucene, labels));
  const matches = mode === 'any' ? matchesAny : matchesAll;
  return rows
    .filter((r) => matches(terms, searchTokensOf(r.tokens)))
    .filter((r) => phrase === null || matchesPhrase(phrase, toNode(r.node).properties))
    .map((r) => r.node);
}
