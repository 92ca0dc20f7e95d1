// The two compared questions, asked equally of the three contenders: our server, the auto-generated
// @neo4j/graphql server and the floor (one hand-written Cypher query, floor-cypher.ts). Each question
// has its arguments, one request body per contender and argument, and a reader that reduces any
// contender's answer to the same content (node ids, relationships as `source-[TYPE]->target`, chains
// as their ends), so a run can check that all three returned the same nodes and edges.
import { RELATIONSHIP_TYPES } from '@atlas/graph-seed/bundle';
import { chainsQuery, neighbourhoodQuery } from './type-defs';

export type Contender = 'ours' | 'theirs' | 'floor';
export const CONTENDERS: readonly Contender[] = ['ours', 'theirs', 'floor'];
export type QuestionName = 'neighbourhood' | 'obligationChains';

export interface Question {
  name: QuestionName;
  args: readonly string[];
  /** Request body per argument; theirs may need what our answer to that argument named (`known`). */
  body(contender: Contender, arg: string, known: Content | undefined): string;
  /** The content of one answer (`data` of the GraphQL-shaped body), whoever gave it. */
  content(contender: Contender, data: unknown): Content;
}

/** What an answer holds, as sorted keys: equal content means equal sorted lists. */
export interface Content {
  nodes: string[];
  edges: string[];
}

const gql = (query: string, variables: unknown) => JSON.stringify({ query, variables });
const sorted = (xs: Iterable<string>) => [...xs].sort();
const withoutRank = (edgeId: string) => edgeId.replace(/#\d+$/, '');

type Sub = { nodes: Array<{ id: string }>; edges: Array<{ id: string }> };
type TheirNode = { id: string } & Record<string, { edges: Array<{ node: { id: string } }> } | string>;

const OURS_NEIGHBOURHOOD =
  'query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 2000) { nodes { id name } edges { id type source target method evidence } } }';

export const neighbourhood = (v: number): Question => ({
  name: 'neighbourhood',
  args: ['inst:trafficking-protocol', 'doc:ga-res-77-194', 'actor:states'],
  body(contender, arg, known) {
    switch (contender) {
      case 'ours':
        return gql(OURS_NEIGHBOURHOOD, { id: arg });
      case 'theirs':
        if (!known) throw new Error('theirs needs the node ids our answer named');
        return gql(neighbourhoodQuery(), { ids: known.nodes, v });
      case 'floor':
        return JSON.stringify({ question: 'neighbourhood', arg });
    }
  },
  content(contender, data) {
    if (contender !== 'theirs') {
      const s = (data as { neighbourhood: Sub }).neighbourhood;
      return {
        nodes: sorted(s.nodes.map((n) => n.id)),
        edges: sorted(s.edges.map((e) => withoutRank(e.id))),
      };
    }
    const nodes = (data as { gNodes: TheirNode[] }).gNodes;
    const edges: string[] = [];
    for (const n of nodes)
      for (const t of RELATIONSHIP_TYPES) {
        const conn = n[`${t}_outConnection`];
        if (typeof conn === 'object') for (const e of conn.edges) edges.push(`${n.id}-[${t}]->${e.node.id}`);
      }
    return { nodes: sorted(nodes.map((n) => n.id)), edges: sorted(edges) };
  },
});

const OURS_CHAINS =
  'query($instrument: ID) { obligationChains(instrument: $instrument, first: 100) { article obligation { id name } recommendation { id documentId ref } actor { id name } rootCause { id } steps { type method evidence { id } } } }';

type Chain = {
  obligation: { id: string };
  recommendation: { id: string };
  actor: { id: string };
  rootCause?: { id: string } | null;
  steps: Array<{ type: string }>;
};
type Conn<T> = { edges: Array<{ node: T }> };
type TheirInstrument = {
  ARISES_FROM_inConnection: Conn<{
    id: string;
    IMPLEMENTS_inConnection: Conn<{
      id: string;
      ADDRESSED_TO_outConnection: Conn<{ id: string }>;
      ADDRESSES_outConnection: Conn<{ id: string }>;
    }>;
  }>;
};

/** A chain as its ends; the floor does not name the root cause, only that an ADDRESSES step exists. */
const chainKey = (o: string, r: string, a: string, addresses: boolean) => `${o}|${r}|${a}|${addresses}`;

export const obligationChains = (v: number): Question => ({
  name: 'obligationChains',
  // instruments whose chains fit one page within the API's cost limit, so every contender returns all
  args: ['inst:cedaw', 'inst:coe-trafficking-convention', 'inst:ilo-p29'],
  body(contender, arg) {
    switch (contender) {
      case 'ours':
        return gql(OURS_CHAINS, { instrument: arg });
      case 'theirs':
        return gql(chainsQuery(), { id: arg, v });
      case 'floor':
        return JSON.stringify({ question: 'obligationChains', arg });
    }
  },
  content(contender, data) {
    const nodes = new Set<string>();
    const chains: string[] = [];
    if (contender !== 'theirs') {
      for (const c of (data as { obligationChains: Chain[] }).obligationChains) {
        for (const id of [c.obligation.id, c.recommendation.id, c.actor.id]) nodes.add(id);
        const addresses = c.steps.some((s) => s.type === 'ADDRESSES');
        chains.push(chainKey(c.obligation.id, c.recommendation.id, c.actor.id, addresses));
      }
      return { nodes: sorted(nodes), edges: sorted(chains) };
    }
    for (const i of (data as { gNodes: TheirInstrument[] }).gNodes)
      for (const { node: o } of i.ARISES_FROM_inConnection.edges)
        for (const { node: r } of o.IMPLEMENTS_inConnection.edges)
          for (const { node: a } of r.ADDRESSED_TO_outConnection.edges) {
            for (const id of [o.id, r.id, a.id]) nodes.add(id);
            const causes = r.ADDRESSES_outConnection.edges.length;
            for (let k = 0; k < Math.max(1, causes); k++) chains.push(chainKey(o.id, r.id, a.id, causes > 0));
          }
    return { nodes: sorted(nodes), edges: sorted(chains) };
  },
});
