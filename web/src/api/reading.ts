/**
 * GraphQL documents of the text-first reading list (views/ReadingList): a concept's recommendations
 * with their text, and the provisions that mention, cite or state it. Kept apart from queries.ts so
 * the generated-types work on that file merges cleanly.
 */

const PROVISION = 'id ref text section kind document { id name symbol } parent { id ref text }';

/** One page of the recommendations a filter selects (the API's page is at most 200; the cost limit lower). */
export const CONCEPT_RECOMMENDATIONS = `query ConceptRecommendations($filter: RecommendationFilter!, $first: Int!, $after: String) {
  recommendations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id ref text force
      document { id name symbol }
      provision { ${PROVISION} }
      addressees { node { id name } }
    } }
  }
}`;

export const CONCEPT_PROVISIONS = `query ConceptProvisions($id: ID!) {
  node(id: $id) {
    id name labels
    ... on RootCause { mentionedIn { node { ${PROVISION} } } }
    ... on Actor { mentionedIn { node { ${PROVISION} } } }
    ... on Instrument { citedIn { node { ${PROVISION} } } }
    ... on Obligation { statedIn { node { ${PROVISION} } } }
    ... on Document { provisions { ${PROVISION} } }
  }
}`;

/**
 * The words each link of a concept rests on (`spans`: "<provision id>@<start>-<end>"). Asked apart
 * from the texts, so an API without the field still lists them (the request then fails validation
 * and the list shows the texts unmarked).
 */
export const CONCEPT_SPANS = `query ConceptSpans($id: ID!) {
  node(id: $id) {
    id
    ... on RootCause { recommendations { spans } mentionedIn { spans } }
    ... on Actor { recommendations { spans } mentionedIn { spans } }
    ... on Instrument { citedIn { spans } }
    ... on Obligation { recommendations { spans } statedIn { spans } }
  }
}`;

/** The spans of the relationships of one type at a node, where the API's canvas edges carry them. */
export const EDGE_SPANS = `query EdgeSpans($id: ID!, $types: [RelationshipType!]) {
  neighbourhood(id: $id, depth: 1, types: $types, limit: 2000) { edges { id spans } }
}`;
