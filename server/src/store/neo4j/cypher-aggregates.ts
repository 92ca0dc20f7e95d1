// Cypher text for the whole-graph reads (overlap triples, similarity, counts, export), as
// pure functions (snapshot-tested); same rules as cypher.ts: values are parameters only.
import type { NodeLabel } from '../bundle';
import type { OverlapDimension } from '../graph-store';
import type { Query } from './cypher';
import { edgeMap, nodeMap } from './encoding';
import { META_LABEL } from './schema';

const q = (text: string, params: Record<string, unknown> = {}): Query => ({ text, params });

/** (document, item, provision) triples; the rules are in contract/document-items.ts. */
const TRIPLE_BRANCHES: Record<OverlapDimension, string[]> = {
  obligations: [
    'MATCH (p)<-[:STATED_IN]-(:Recommendation)-[:IMPLEMENTS]->(item:Obligation) RETURN item',
    'MATCH (p)<-[:STATED_IN]-(item:Obligation) RETURN item',
  ],
  rootCauses: [
    'MATCH (p)-[:MENTIONS]->(item:RootCause) RETURN item',
    'MATCH (p)<-[:STATED_IN]-(:Recommendation)-[:ADDRESSES]->(item:RootCause) RETURN item',
  ],
  actors: [
    'MATCH (p)-[:MENTIONS]->(item:Actor) RETURN item',
    'MATCH (p)<-[:STATED_IN]-(:Recommendation)-[:ADDRESSED_TO]->(item:Actor) RETURN item',
  ],
  instruments: ['MATCH (p)-[:CITES]->(item:Instrument) RETURN item'],
  measures: ['MATCH (p)<-[:STATED_IN]-(:Recommendation)-[:CALLS_FOR]->(item:Measure) RETURN item'],
};

export const documentTriples = (v: number, dimension: OverlapDimension): Query =>
  q(
    `MATCH (d:Document)-[:HAS_PROVISION]->(p:Provision) WHERE d._v = $v
CALL (p) { ${TRIPLE_BRANCHES[dimension].join(' UNION ')} }
RETURN d.id AS document, item.id AS item, p.id AS provision`,
    { v },
  );

/** The same triples for the named documents only. */
export const documentTriplesOf = (
  v: number,
  dimension: OverlapDimension,
  documents: readonly string[],
): Query =>
  q(
    `UNWIND $documents AS id MATCH (d:Document {id: id, _v: $v})-[:HAS_PROVISION]->(p:Provision)
CALL (p) { ${TRIPLE_BRANCHES[dimension].join(' UNION ')} }
RETURN d.id AS document, item.id AS item, p.id AS provision`,
    { v, documents },
  );

/** The version and bundle hash published as `graph`, read together: what a cached answer belongs to. */
export const publishedGraph = (graph: string): Query =>
  q(`MATCH (m:${META_LABEL} {key: $graph}) RETURN m.version AS v, m.hash AS hash`, { graph });

export const idsOfLabel = (v: number, label: NodeLabel): Query =>
  q(`MATCH (n:${label}) WHERE n._v = $v RETURN n.id AS id`, { v });

export const similarTo = (v: number, id: string): Query =>
  q(
    `MATCH (n:Recommendation {id: $id, _v: $v})-[r:SIMILAR_TO]-(m)
RETURN ${nodeMap('m')} AS node, ${edgeMap('r')} AS edge`,
    { v, id },
  );

export const countByLabel = (v: number): Query =>
  q(`MATCH (n:Node) WHERE n._v = $v RETURN [l IN labels(n) WHERE l <> 'Node'][0] AS key, count(*) AS total`, {
    v,
  });

export const countByType = (v: number): Query =>
  q(`MATCH (n:Node)-[r]->() WHERE n._v = $v RETURN type(r) AS key, count(*) AS total`, { v });

export const allNodes = (v: number): Query =>
  q(`MATCH (n:Node) WHERE n._v = $v RETURN ${nodeMap('n')} AS node`, { v });

export const allEdges = (v: number): Query =>
  q(`MATCH (a:Node)-[r]->() WHERE a._v = $v RETURN ${edgeMap('r')} AS edge`, { v });

/** Every node's search tokens: the vocabulary of did-you-mean suggestions. */
export const searchTokens = (v: number): Query =>
  q(`MATCH (n:Node) WHERE n._v = $v AND n._search IS NOT NULL RETURN n._search AS tokens`, { v });
