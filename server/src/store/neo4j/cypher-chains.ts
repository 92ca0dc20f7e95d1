// Cypher text for obligation chains (instrument ← obligation ← recommendation → actor, and the root
// cause the recommendation addresses), as a pure function (snapshot-tested); same rules as cypher.ts.
// The walk starts from an index seek on the first end the query names, and every node and edge comes
// back once, however many chains share it: the chains themselves are rows of keys.
import { type At, type Query, versioned } from './cypher';
import { edgeIdOf, edgeMap, nodeMap } from './records';

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

/** One row when at least one chain matches (none otherwise: the caller then checks the named ends). */
export function obligationChains(at: At, ends: ChainEnds): Query {
  const anchor = ANCHORS.find((a) => ends[a] !== null);
  return versioned(
    at,
    `MATCH ${end('i', 'Instrument', 'instrument', anchor)}<-[af:ARISES_FROM]-${end('o', 'Obligation', 'obligation', anchor)}<-[im:IMPLEMENTS]-${end('r', 'Recommendation', 'recommendation', anchor)}-[adt:ADDRESSED_TO]->${end('a', 'Actor', 'actor', anchor)}
WHERE i._v = v AND ($instrument IS NULL OR i.id = $instrument) AND ($obligation IS NULL OR o.id = $obligation)
  AND ($recommendation IS NULL OR r.id = $recommendation) AND ($actor IS NULL OR a.id = $actor)
OPTIONAL MATCH (r)-[ad:ADDRESSES]->(c:RootCause) WHERE $rootCause IS NULL OR c.id = $rootCause
WITH v, i, o, r, a, c, af, im, adt, ad WHERE $rootCause IS NULL OR c IS NOT NULL
WITH v, collect([i.id, o.id, r.id, a.id, c.id, ${edgeIdOf('af', 'o', 'i')}, ${edgeIdOf('im', 'r', 'o')},
    ${edgeIdOf('adt', 'r', 'a')}, ${edgeIdOf('ad', 'r', 'c')}]) AS chains,
  collect(DISTINCT i) + collect(DISTINCT o) + collect(DISTINCT r) + collect(DISTINCT a) + collect(DISTINCT c) AS ns,
  collect(DISTINCT af) + collect(DISTINCT im) + collect(DISTINCT adt) + collect(DISTINCT ad) AS rs
RETURN chains, [n IN ns | ${nodeMap('n')}] AS nodes, [e IN rs | ${edgeMap('e')}] AS edges`,
    { ...ends },
  );
}
