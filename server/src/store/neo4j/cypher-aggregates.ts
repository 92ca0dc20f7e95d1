// Cypher text for the whole-graph reads (chains, overlap triples, similarity, counts, export), as
// pure functions (snapshot-tested); same rules as cypher.ts: values are parameters only.
import type { NodeLabel } from '../bundle';
import type { OverlapDimension } from '../graph-store';
import type { Query } from './cypher';
import { edgeMap, nodeMap } from './records';
import { META_LABEL } from './schema';

const q = (text: string, params: Record<string, unknown> = {}): Query => ({ text, params });

export interface ChainParams {
  instrument: string | null;
  obligation: string | null;
  recommendation: string | null;
  actor: string | null;
  rootCause: string | null;
}

export const obligationChains = (v: number, p: ChainParams): Query =>
  q(
    `MATCH (i:Instrument)<-[af:ARISES_FROM]-(o:Obligation)<-[im:IMPLEMENTS]-(r:Recommendation)-[at:ADDRESSED_TO]->(a:Actor)
WHERE i._v = $v AND ($instrument IS NULL OR i.id = $instrument) AND ($obligation IS NULL OR o.id = $obligation)
  AND ($recommendation IS NULL OR r.id = $recommendation) AND ($actor IS NULL OR a.id = $actor)
OPTIONAL MATCH (r)-[ad:ADDRESSES]->(c:RootCause) WHERE $rootCause IS NULL OR c.id = $rootCause
WITH i, o, r, a, c, af, im, at, ad WHERE $rootCause IS NULL OR c IS NOT NULL
RETURN ${nodeMap('i')} AS instrument, ${nodeMap('o')} AS obligation, ${nodeMap('r')} AS recommendation,
  ${nodeMap('a')} AS actor, CASE WHEN c IS NULL THEN null ELSE ${nodeMap('c')} END AS rootCause,
  ${edgeMap('af')} AS arisesFrom, ${edgeMap('im')} AS implementsEdge, ${edgeMap('at')} AS addressedTo,
  CASE WHEN ad IS NULL THEN null ELSE ${edgeMap('ad')} END AS addresses`,
    { v, ...p },
  );

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

export const countOfLabel = (v: number, label: NodeLabel): Query =>
  q(`MATCH (n:${label}) WHERE n._v = $v RETURN count(n) AS total`, { v });

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
