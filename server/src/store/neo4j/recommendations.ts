// Recommendations by `where` / `orderBy` / `groupBy` on Neo4j: one query reads the facts of every
// recommendation of the published graph, kept until another graph is published (a published graph
// never changes); the contract's pure functions (contract/recommendation-query.ts) filter, order,
// page and count them, exactly as the memory store does.
import { sortedUnique } from '../contract/ordering';
import type { RecommendationArgs, RecommendationCountsArgs } from '../contract/normalise';
import {
  countRecommendations,
  type FactSet,
  inReadingOrder,
  type RecommendationFacts,
  recommendationPage,
} from '../contract/recommendation-query';
import type { GraphNode, Page, RecommendationCounts } from '../graph-store';
import { need } from './access';
import type { Neo4jConnection, Reader } from './connection';
import * as cya from './cypher-aggregates';
import { recommendationFacts } from './cypher-recommendations';
import { type NodeRow, toNode } from './encoding';

type Pair = [string | null, string | null];

interface FactRow {
  node: NodeRow;
  document: Pair;
  documentKind: string | null;
  year: number | null;
  order: number | null;
  section: string | null;
  addressees: Pair[];
  mentioned: Pair[];
  obligations: Pair[];
  rootCauses: Pair[];
  instruments: Pair[];
  legalBasis: Pair[];
}

const caches = new WeakMap<Neo4jConnection, { graph: string; facts: Promise<FactSet> }>();

async function readFacts(run: Reader, ver: number): Promise<FactSet> {
  const names = new Map<string, string>();
  const ids = (list: Pair[]): string[] =>
    sortedUnique(
      list.flatMap(([id, name]) => {
        if (id === null) return [];
        names.set(id, name ?? id);
        return [id];
      }),
    );
  const rows = await run<FactRow>(recommendationFacts(ver));
  const facts: RecommendationFacts[] = rows.map((r) => {
    const node = toNode(r.node);
    const [documentId, documentName] = r.document;
    if (documentId !== null) names.set(documentId, documentName ?? documentId);
    return {
      node,
      document: typeof node.properties.documentId === 'string' ? node.properties.documentId : '',
      documentKind: r.documentKind ?? '',
      year: r.year,
      force: typeof node.properties.force === 'string' ? node.properties.force : '',
      order: r.order ?? 0,
      section: r.section ?? '',
      addressees: ids(r.addressees),
      mentionedActors: ids(r.mentioned),
      obligations: ids(r.obligations),
      rootCauses: ids(r.rootCauses),
      instruments: ids(r.instruments),
      legalBasis: ids(r.legalBasis),
    };
  });
  return { rows: inReadingOrder(facts), names };
}

/** Runs `work` on the published graph's facts, after checking the ids the query names. */
function withFacts<T>(
  conn: Neo4jConnection,
  ids: RecommendationArgs['ids'],
  work: (facts: FactSet) => T,
): Promise<T> {
  return conn.read(async (run) => {
    const [meta] = await run<{ v: number | null; hash: string | null }>(cya.publishedGraph(conn.graphKey));
    const ver = meta?.v ?? -1;
    const graph = `${ver}:${meta?.hash ?? ''}`;
    if (ids.length > 0) await need(run, ver, ids);
    let entry = caches.get(conn);
    if (entry?.graph !== graph) {
      entry = { graph, facts: readFacts(run, ver) };
      entry.facts.catch(() => caches.delete(conn));
      caches.set(conn, entry);
    }
    return work(await entry.facts);
  });
}

export const recommendations = (conn: Neo4jConnection, args: RecommendationArgs): Promise<Page<GraphNode>> =>
  withFacts(conn, args.ids, (facts) => recommendationPage(facts, args));

export const recommendationCounts = (
  conn: Neo4jConnection,
  args: RecommendationCountsArgs,
): Promise<RecommendationCounts> => withFacts(conn, args.ids, (facts) => countRecommendations(facts, args));
