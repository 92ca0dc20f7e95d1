/** GraphQL documents, one per need, against server/src/graphql/schema.graphql. */

const GRAPH_FIELDS = `
  nodes { id label name properties }
  edges { id type source target method evidence score article }
  truncated omitted`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $types: [RelationshipType!], $limit: Int) {
  neighbourhood(id: $id, depth: 1, types: $types, limit: $limit) { ${GRAPH_FIELDS} }
}`;

export const OVERVIEW = `query Overview {
  stats { nodes relationships byLabel { label count } }
  documents { id name symbol title kind year provisions { id } recommendations { id } }
  instruments { id name shortName citedIn { node { id } } obligations { node { id } } }
  obligations { id name recommendations { node { id } } }
  rootCauses { id name recommendations { node { id } } mentionedIn { node { id } } }
}`;

export const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { score snippet node { id name labels } }
}`;

const PROVISION_TEXT = 'id ref text section document { id name symbol } parent { id ref text }';

export const NODE_DETAILS = `query NodeDetails($id: ID!) {
  node(id: $id) {
    id name labels
    ... on Document { symbol title kind issuer year }
    ... on Provision { ref kind section text document { id name symbol } parent { id ref text } }
    ... on Recommendation { ref text force document { id name symbol } provision { ${PROVISION_TEXT} } }
    ... on Obligation { description }
    ... on Actor { kind aliases }
    ... on RootCause { description }
    ... on Instrument { shortName kind adopted: year }
  }
}`;

export const EVIDENCE = `query Evidence($ids: [ID!]!) {
  nodes(ids: $ids) { id name labels ... on Provision { ${PROVISION_TEXT} } }
}`;

export const CHAIN_CHOICES = `query ChainChoices {
  instruments { id name shortName }
  obligations { id name }
  actors { id name }
  rootCauses { id name }
  documents { id }
}`;

export const CHAINS = `query Chains($instrument: ID, $obligation: ID, $actor: ID, $rootCause: ID, $first: Int) {
  obligationChains(instrument: $instrument, obligation: $obligation, actor: $actor, rootCause: $rootCause, first: $first) {
    article
    instrument { id name shortName }
    obligation { id name }
    recommendation { id name ref force text document { id name symbol } }
    actor { id name }
    rootCause { id name }
    steps { type from to method evidence { id ref document { symbol } } }
  }
}`;

export const OVERLAP = `query Overlap($dimension: OverlapDimension!, $documents: [ID!]) {
  overlap(dimension: $dimension, documents: $documents) {
    documents { id name symbol }
    cells { a { id } b { id } count items { id name labels } }
  }
}`;

export const COVERAGE = `query Coverage($dimension: OverlapDimension!) {
  coverage(dimension: $dimension) {
    documents { id name symbol }
    rows { concept { id name labels } counts total }
  }
}`;

export const SIMILAR_BETWEEN = `query SimilarBetween($document: ID!, $first: Int, $after: String) {
  recommendations(filter: { documents: [$document] }, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id ref text force
      similar { score method node { id ref text documentId } }
    } }
  }
}`;

export const DOCUMENTS = `query Documents { documents { id name symbol } }`;
