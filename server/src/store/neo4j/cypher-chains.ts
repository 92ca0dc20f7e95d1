// Cypher text for obligation chains (instrument ← obligation ← recommendation → actor, and the root
// cause the recommendation addresses), as a pure function (snapshot-tested); same rules as cypher.ts.
// The walk starts from an index seek on the first end the query names, and every node and edge comes
// back once, however many chains share it: the chains themselves are rows of keys.
import { type At, type Query, versioned } from './cypher';
import { edgeIdOf, edgeMap, nodeMap } from './encoding';

export interface ChainEnds {
  instrument: string | null;
  obligation: string | null;
  recommendation: string | null;
  actor: string | null;
  rootCause: string | null;
}

type Anchor = 'instrument' | 'obligation' | 'recommendation' | 'actor';
const ANCHORS: readonly Anchor[] = ['instrument', 'obligation', 'recommendation', 'actor'];

/** `(x:Label)`, or `(x:Label {id: $end, _v: v})` when the walk starts from that end. */
const end = (x: string, label: string, param: Anchor, anchor: Anchor | undefined): string =>
  anchor === param ? `(${x}:${label} {id: $${param}, _v: v})` : `(${x}:${label})`;

/** A chain as the keys of its nodes and edges, in this order (root cause and ADDRESSES may be null). */
export type ChainKeys = [
  instrument: string,
  obligation: string,
  recommendation: string,
  actor: string,
  rootCause: string | null,
  arisesFrom: string,
  implementsEdge: string,
  addressedTo: string,
  addresses: string | null,
];

/**
 * One row when at least one chain matches (none otherwise: the caller then checks the named ends): the
 * number of chains, and the first `first` in contract order (contract/results.ts chainKey, a missing
 * root cause or ADDRESSES ordering as '') with their nodes and edges — only the page's are read out,
 * however many chains match (tens of thousands from one instrument at ×100). `keys`: the nodes'
 * properties to return (null: all of them). `evidenceKeys`, when given: also the nodes the page's
 * relationships name as evidence, with those properties (null: all), in the same round trip.
 */
export function obligationChains(
  at: At,
  ends: ChainEnds,
  first: unknown,
  keys: readonly string[] | null = null,
  evidenceKeys?: readonly string[] | null,
): Query {
  const anchor = ANCHORS.find((a) => ends[a] !== null);
  const withEvidence = evidenceKeys !== undefined;
  // the version is carried to the end only where the evidence lookup needs it
  const carry = withEvidence ? 'v, ' : '';
  const evidence = withEvidence
    ? `
CALL (v, rs) { UNWIND rs AS e WITH e WHERE e IS NOT NULL UNWIND coalesce(e.evidence, []) AS eid WITH DISTINCT eid
  MATCH (p:Node {id: eid, _v: v}) RETURN collect(${nodeMap('p', evidenceKeys !== null, 'evidenceKeys')}) AS evidence }`
    : '';
  return versioned(
    at,
    `MATCH ${end('i', 'Instrument', 'instrument', anchor)}<-[af:ARISES_FROM]-${end('o', 'Obligation', 'obligation', anchor)}<-[im:IMPLEMENTS]-${end('r', 'Recommendation', 'recommendation', anchor)}-[adt:ADDRESSED_TO]->${end('a', 'Actor', 'actor', anchor)}
WHERE i._v = v AND ($instrument IS NULL OR i.id = $instrument) AND ($obligation IS NULL OR o.id = $obligation)
  AND ($recommendation IS NULL OR r.id = $recommendation) AND ($actor IS NULL OR a.id = $actor)
OPTIONAL MATCH (r)-[ad:ADDRESSES]->(c:RootCause) WHERE $rootCause IS NULL OR c.id = $rootCause
WITH v, i, o, r, a, c, af, im, adt, ad WHERE $rootCause IS NULL OR c IS NOT NULL
WITH v, i, o, r, a, c, af, im, adt, ad, [i.id, o.id, r.id, a.id, c.id, ${edgeIdOf('af', 'o', 'i')},
    ${edgeIdOf('im', 'r', 'o')}, ${edgeIdOf('adt', 'r', 'a')}, ${edgeIdOf('ad', 'r', 'c')}] AS keys
ORDER BY [k IN keys | coalesce(k, '')]
WITH v, collect({keys: keys, nodes: [i, o, r, a, c], edges: [af, im, adt, ad]}) AS matched
WITH ${carry}size(matched) AS total, matched[0..$first] AS page
WITH ${carry}total, page, reduce(ns = [], p IN page | ns + p.nodes) AS ns, reduce(rs = [], p IN page | rs + p.edges) AS rs${evidence}
RETURN total, [p IN page | p.keys] AS chains, [n IN ns WHERE n IS NOT NULL | ${nodeMap('n', keys !== null)}] AS nodes,
  [e IN rs WHERE e IS NOT NULL | ${edgeMap('e')}] AS edges${withEvidence ? ', evidence' : ''}`,
    {
      ...ends,
      first,
      ...(keys === null ? {} : { keys }),
      ...(evidenceKeys === undefined || evidenceKeys === null ? {} : { evidenceKeys }),
    },
  );
}
