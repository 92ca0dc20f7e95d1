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

/** Depth-1 neighbourhood: every relationship type, both directions, with the edge's method and evidence. */
export function neighbourhoodQuery(): string {
  const conns = RELATIONSHIP_TYPES.flatMap((t) => [`${t}_out`, `${t}_in`]).map(
    (f) => `${f}Connection { edges { properties { method evidence } node { id name } } }`,
  );
  return `query($id: ID!, $v: Int!) { gNodes(where: { id: { eq: $id }, _v: { eq: $v } }) { id name ${conns.join(' ')} } }`;
}

/** Obligation chains from one instrument: Instrument ← ARISES_FROM − Obligation ← IMPLEMENTS − Recommendation − ADDRESSED_TO → Actor. */
export function chainsQuery(): string {
  return `query($id: ID!, $v: Int!) { gNodes(where: { id: { eq: $id }, _v: { eq: $v } }) { id name
  ARISES_FROM_inConnection { edges { properties { article method evidence } node { id name
    IMPLEMENTS_inConnection { edges { properties { method evidence } node { id documentId ref
      ADDRESSED_TO_outConnection { edges { properties { method evidence } node { id name } } } } } } } } } } }`;
}
