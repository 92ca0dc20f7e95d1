// The floor: each compared question as one hand-written Cypher query, answering in our API's shape
// (same fields, same nodes and edges), so that only GraphQL and the store's own work separate our
// server from it. Edge ids follow contract/edge-id.ts; `name`, `method` and `evidence` fall back as
// the API's resolvers do (props.ts).
interface Query {
  text: string;
  params: Record<string, unknown>;
}

const edgeId = (r: string, a: string, b: string) =>
  `${a}.id + '-[' + type(${r}) + ']->' + ${b}.id + coalesce('#' + toString(${r}._k), '')`;

/** Depth 1, every type and direction, the relationships among the nodes reached (ours: limit 2000). */
export const neighbourhoodFloor = (graph: string, id: string): Query => ({
  text: `MATCH (meta:AtlasMeta {key: $graph}) WITH meta.version AS v
MATCH (s:Node {id: $id, _v: v})
WITH s, COLLECT { MATCH (s)--(m) WHERE m <> s RETURN DISTINCT m } AS around
WITH [s] + around AS ns
CALL (ns) { UNWIND ns AS a MATCH (a)-[r]->(b) WHERE b IN ns
  RETURN collect({id: ${edgeId('r', 'a', 'b')}, type: type(r), source: a.id, target: b.id,
    method: coalesce(r.method, 'structure'), evidence: coalesce(r.evidence, [])}) AS edges }
RETURN [n IN ns | {id: n.id, name: coalesce(n.name, n.id)}] AS nodes, edges`,
  params: { graph, id },
});

/** The chains from one instrument, every one of them (ours: first 100, more than any of the compared instruments has), in the contract's order. */
export const chainsFloor = (graph: string, instrument: string): Query => ({
  text: `MATCH (meta:AtlasMeta {key: $graph}) WITH meta.version AS v
MATCH (i:Instrument {id: $instrument, _v: v})<-[af:ARISES_FROM]-(o:Obligation)<-[im:IMPLEMENTS]-(r:Recommendation)-[adt:ADDRESSED_TO]->(a:Actor)
OPTIONAL MATCH (r)-[ad:ADDRESSES]->(c:RootCause)
WITH af, o, im, r, adt, a, ad, c ORDER BY o.id, r.id, a.id, coalesce(c.id, '')
WITH af, o, r, a, c, [x IN [af, im, adt, ad] WHERE x IS NOT NULL |
  {type: type(x), method: coalesce(x.method, 'structure'), evidence: [e IN coalesce(x.evidence, []) | {id: e}]}] AS steps
RETURN collect({article: af.article, obligation: {id: o.id, name: coalesce(o.name, o.id)},
  recommendation: {id: r.id, documentId: r.documentId, ref: r.ref}, actor: {id: a.id, name: coalesce(a.name, a.id)},
  rootCause: CASE WHEN c IS NULL THEN null ELSE {id: c.id} END, steps: steps}) AS chains`,
  params: { graph, instrument },
});
