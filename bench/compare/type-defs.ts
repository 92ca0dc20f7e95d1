// Type definitions for an auto-generated @neo4j/graphql server over the same Neo4j data our store
// reads: every graph node carries the label `Node` (plus its own), so one node type with an outgoing
// and an incoming field per relationship type covers the whole graph. Edge properties (method,
// evidence, article) come through connection fields, as the explorer needs them.
import { RELATIONSHIP_TYPES } from '@atlas/graph-seed/bundle';

export const NODE_TYPE = 'GNode';

export function typeDefs(): string {
  const fields = RELATIONSHIP_TYPES.flatMap((t) => [
    `  ${t}_out: [${NODE_TYPE}!]! @relationship(type: "${t}", direction: OUT, properties: "Edge")`,
    `  ${t}_in: [${NODE_TYPE}!]! @relationship(type: "${t}", direction: IN, properties: "Edge")`,
  ]);
  return `
type Edge @relationshipProperties {
  method: String
  evidence: [String!]
  article: String
}

type ${NODE_TYPE} @node(labels: ["Node"]) {
  id: ID!
  _v: Int!
  name: String
  documentId: String
  ref: String
${fields.join('\n')}
}
`;
}

/**
 * The depth-1 neighbourhood as our API answers it: the centre and its neighbours (`$ids`, every type
 * and direction), with every relationship among them, its method and evidence. @neo4j/graphql cannot
 * walk and then join in one request, so it is handed the node ids (which our server and the floor
 * find themselves): each node's outgoing relationships of every type whose other end is in the set.
 */
export function neighbourhoodQuery(): string {
  const conns = RELATIONSHIP_TYPES.map(
    (t) =>
      `${t}_outConnection(where: { node: { id: { in: $ids }, _v: { eq: $v } } }) { edges { properties { method evidence } node { id } } }`,
  );
  return `query($ids: [ID!]!, $v: Int!) { gNodes(where: { id: { in: $ids }, _v: { eq: $v } }) { id name ${conns.join(' ')} } }`;
}

/**
 * Obligation chains from one instrument: Instrument ← ARISES_FROM − Obligation ← IMPLEMENTS −
 * Recommendation − ADDRESSED_TO → Actor, and the root causes the recommendation ADDRESSES (our chains'
 * fourth step), as a tree.
 */
export function chainsQuery(): string {
  return `query($id: ID!, $v: Int!) { gNodes(where: { id: { eq: $id }, _v: { eq: $v } }) { id name
  ARISES_FROM_inConnection { edges { properties { article method evidence } node { id name
    IMPLEMENTS_inConnection { edges { properties { method evidence } node { id documentId ref
      ADDRESSED_TO_outConnection { edges { properties { method evidence } node { id name } } }
      ADDRESSES_outConnection { edges { properties { method evidence } node { id } } } } } } } } } } }`;
}
