/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kinds of node (ONTOLOGY.md; Measure is the overlap extension, docs/overlap.md). */
export type Label =
  | 'Document'
  | 'Provision'
  | 'Recommendation'
  | 'Obligation'
  | 'Actor'
  | 'RootCause'
  | 'Instrument'
  | 'Measure';

/** The relationship types of the graph (ONTOLOGY.md). */
export type RelationshipType =
  | 'HAS_PROVISION'
  | 'PART_OF'
  | 'EMBODIES'
  | 'STATED_IN'
  | 'ADDRESSED_TO'
  | 'MENTIONS'
  | 'CITES'
  | 'IMPLEMENTS'
  | 'ADDRESSES'
  | 'ARISES_FROM'
  | 'BINDS'
  | 'SUPPLEMENTS'
  | 'RESPONDS_TO'
  | 'SIMILAR_TO'
  | 'CALLS_FOR';

/** The operative verb of a recommendation (the graph spells them with hyphens: `strongly-urges`). */
export type Force =
  | 'urges'
  | 'strongly_urges'
  | 'calls_upon'
  | 'encourages'
  | 'invites'
  | 'requests'
  | 'recommends'
  | 'stresses_the_need'
  | 'should'
  | 'must'
  | 'shall';

/** What two documents can share, or a concept × document coverage is counted by. */
export type OverlapDimension =
  /** Obligations implemented by recommendations or stated in provisions of both documents. */
  | 'OBLIGATION'
  /** Root causes mentioned or addressed in both documents. */
  | 'ROOT_CAUSE'
  /** Actors mentioned or addressed in both documents. */
  | 'ACTOR'
  /** Instruments cited by both documents. */
  | 'INSTRUMENT'
  /** Measures that recommendations of both documents call for (CALLS_FOR). */
  | 'MEASURE';

/** Whether one of two overlapping recommendations asks for no more than the other. */
export type OverlapDirection =
  /** Both call for the same measures. */
  | 'SAME'
  /** Every measure this recommendation calls for, the other calls for too: it is contained in the other. */
  | 'CONTAINED_IN'
  /** Every measure the other calls for, this one calls for too. */
  | 'CONTAINS'
  /** Each calls for something the other does not. */
  | 'PARTIAL';

export type SubgraphFieldsFragment = { truncated: boolean, omitted: number, nodes: Array<{ id: string, label: Label, name: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, method: string | null, evidence: Array<string>, score: number | null, article: string | null }> };

export type ProvisionTextFragment = { id: string, ref: string, text: string, section: string, document: { id: string, name: string, symbol: string } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  types: Array<RelationshipType> | RelationshipType | null | undefined;
  limit: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, omitted: number, nodes: Array<{ id: string, label: Label, name: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, method: string | null, evidence: Array<string>, score: number | null, article: string | null }> } | null };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { stats: { nodes: number, relationships: number, byLabel: Array<{ label: Label, count: number }> } | null, documents: Array<{ id: string, name: string, symbol: string, title: string, kind: string, year: number, provisions: Array<{ id: string }>, recommendations: Array<{ id: string }> }> | null, instruments: Array<{ id: string, name: string, shortName: string | null, citedIn: Array<{ node: { id: string } }>, obligations: Array<{ node: { id: string } }> }> | null, obligations: Array<{ id: string, name: string, recommendations: Array<{ node: { id: string } }> }> | null, rootCauses: Array<{ id: string, name: string, recommendations: Array<{ node: { id: string } }>, mentionedIn: Array<{ node: { id: string } }> }> | null };

export type SearchQueryVariables = Exact<{
  text: string;
  first: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, suggestions: Array<string>, edges: Array<{ score: number, snippet: string, node:
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
       }> } | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { symbol: string, title: string, kind: string, issuer: string, year: number, id: string, name: string, labels: Array<Label> }
    | { ref: string, kind: string, section: string, text: string, id: string, name: string, labels: Array<Label>, document: { id: string, name: string, symbol: string } }
    | { ref: string, text: string, force: Force, id: string, name: string, labels: Array<Label>, document: { id: string, name: string, symbol: string }, provision: { id: string, ref: string, text: string, section: string, document: { id: string, name: string, symbol: string } } }
    | { description: string, id: string, name: string, labels: Array<Label> }
    | { kind: string, aliases: Array<string>, id: string, name: string, labels: Array<Label> }
    | { description: string, id: string, name: string, labels: Array<Label> }
    | { id: string, name: string, labels: Array<Label> }
    | { shortName: string | null, kind: string, id: string, name: string, labels: Array<Label>, adopted: number | null }
   | null };

export type EvidenceQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EvidenceQuery = { nodes: Array<
    | { id: string, name: string, labels: Array<Label> }
    | { id: string, name: string, labels: Array<Label>, ref: string, text: string, section: string, document: { id: string, name: string, symbol: string } }
    | { id: string, name: string, labels: Array<Label> }
    | { id: string, name: string, labels: Array<Label> }
    | { id: string, name: string, labels: Array<Label> }
    | { id: string, name: string, labels: Array<Label> }
    | { id: string, name: string, labels: Array<Label> }
    | { id: string, name: string, labels: Array<Label> }
   | null> | null };

export type ChainChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainChoicesQuery = { instruments: Array<{ id: string, name: string, shortName: string | null }> | null, obligations: Array<{ id: string, name: string }> | null, actors: Array<{ id: string, name: string }> | null, rootCauses: Array<{ id: string, name: string }> | null };

export type ChainsQueryVariables = Exact<{
  instrument: string | number | null | undefined;
  obligation: string | number | null | undefined;
  actor: string | number | null | undefined;
  rootCause: string | number | null | undefined;
  first: number | null | undefined;
}>;


export type ChainsQuery = { obligationChains: Array<{ article: string | null, instrument: { id: string, name: string, shortName: string | null }, obligation: { id: string, name: string }, recommendation: { id: string, name: string, ref: string, force: Force, text: string, document: { id: string, name: string, symbol: string } }, actor: { id: string, name: string }, rootCause: { id: string, name: string } | null, steps: Array<{ type: RelationshipType, from: string, to: string, method: string, evidence: Array<{ id: string, ref: string, document: { symbol: string } }> }> }> | null };

export type OverlapQueryVariables = Exact<{
  dimension: OverlapDimension;
  documents: Array<string | number> | string | number | null | undefined;
}>;


export type OverlapQuery = { overlap: { documents: Array<{ id: string, name: string, symbol: string }>, cells: Array<{ count: number, a: { id: string }, b: { id: string }, items: Array<
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
      > }> } | null };

export type CoverageQueryVariables = Exact<{
  dimension: OverlapDimension;
}>;


export type CoverageQuery = { coverage: { documents: Array<{ id: string, name: string, symbol: string }>, rows: Array<{ counts: Array<number>, total: number, concept:
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
        | { id: string, name: string, labels: Array<Label> }
       }> } | null };

export type OverlapRecFragment = { id: string, ref: string, text: string, force: Force, documentId: string, addressees: Array<{ node: { name: string } }>, provision: { id: string, parent: { id: string, text: string } | null } };

export type SimilarBetweenQueryVariables = Exact<{
  document: string | number;
  first: number | null | undefined;
  after: string | null | undefined;
}>;


export type SimilarBetweenQuery = { recommendations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ref: string, text: string, force: Force, documentId: string, similar: Array<{ score: number, method: string, spans: Array<string>, phrases: Array<string>, direction: OverlapDirection, measures: Array<{ id: string, name: string }>, node: { id: string, ref: string, text: string, force: Force, documentId: string, addressees: Array<{ node: { name: string } }>, provision: { id: string, parent: { id: string, text: string } | null } } }>, addressees: Array<{ node: { name: string } }>, provision: { id: string, parent: { id: string, text: string } | null } } }> } | null };

export type MeasureClusterQueryVariables = Exact<{
  id: string | number;
}>;


export type MeasureClusterQuery = { node:
    | { id: string, name: string, description: string, broad: boolean, recommendations: Array<{ spans: Array<string>, node: { id: string, ref: string, text: string, force: Force, documentId: string, addressees: Array<{ node: { name: string } }>, provision: { id: string, parent: { id: string, text: string } | null } } }> }
    | Record<PropertyKey, never>
   | null };

export type DocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsQuery = { documents: Array<{ id: string, name: string, symbol: string }> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SubgraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    label
    name
    properties
  }
  edges {
    id
    type
    source
    target
    method
    evidence
    score
    article
  }
  truncated
  omitted
}
    `, {"fragmentName":"SubgraphFields"}) as unknown as TypedDocumentString<SubgraphFieldsFragment, unknown>;
export const ProvisionTextFragmentDoc = new TypedDocumentString(`
    fragment ProvisionText on Provision {
  id
  ref
  text
  section
  document {
    id
    name
    symbol
  }
}
    `, {"fragmentName":"ProvisionText"}) as unknown as TypedDocumentString<ProvisionTextFragment, unknown>;
export const OverlapRecFragmentDoc = new TypedDocumentString(`
    fragment OverlapRec on Recommendation {
  id
  ref
  text
  force
  documentId
  addressees {
    node {
      name
    }
  }
  provision {
    id
    parent {
      id
      text
    }
  }
}
    `, {"fragmentName":"OverlapRec"}) as unknown as TypedDocumentString<OverlapRecFragment, unknown>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $types: [RelationshipType!], $limit: Int) {
  neighbourhood(id: $id, depth: 1, types: $types, limit: $limit) {
    ...SubgraphFields
  }
}
    fragment SubgraphFields on Subgraph {
  nodes {
    id
    label
    name
    properties
  }
  edges {
    id
    type
    source
    target
    method
    evidence
    score
    article
  }
  truncated
  omitted
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  stats {
    nodes
    relationships
    byLabel {
      label
      count
    }
  }
  documents {
    id
    name
    symbol
    title
    kind
    year
    provisions {
      id
    }
    recommendations {
      id
    }
  }
  instruments {
    id
    name
    shortName
    citedIn {
      node {
        id
      }
    }
    obligations {
      node {
        id
      }
    }
  }
  obligations {
    id
    name
    recommendations {
      node {
        id
      }
    }
  }
  rootCauses {
    id
    name
    recommendations {
      node {
        id
      }
    }
    mentionedIn {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, mode: ALL, first: $first) {
    totalCount
    suggestions
    edges {
      score
      snippet
      node {
        id
        name
        labels
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    id
    name
    labels
    ... on Document {
      symbol
      title
      kind
      issuer
      year
    }
    ... on Provision {
      ref
      kind
      section
      text
      document {
        id
        name
        symbol
      }
    }
    ... on Recommendation {
      ref
      text
      force
      document {
        id
        name
        symbol
      }
      provision {
        ...ProvisionText
      }
    }
    ... on Obligation {
      description
    }
    ... on Actor {
      kind
      aliases
    }
    ... on RootCause {
      description
    }
    ... on Instrument {
      shortName
      kind
      adopted: year
    }
  }
}
    fragment ProvisionText on Provision {
  id
  ref
  text
  section
  document {
    id
    name
    symbol
  }
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const EvidenceDocument = new TypedDocumentString(`
    query Evidence($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    name
    labels
    ...ProvisionText
  }
}
    fragment ProvisionText on Provision {
  id
  ref
  text
  section
  document {
    id
    name
    symbol
  }
}`) as unknown as TypedDocumentString<EvidenceQuery, EvidenceQueryVariables>;
export const ChainChoicesDocument = new TypedDocumentString(`
    query ChainChoices {
  instruments {
    id
    name
    shortName
  }
  obligations {
    id
    name
  }
  actors {
    id
    name
  }
  rootCauses {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ChainChoicesQuery, ChainChoicesQueryVariables>;
export const ChainsDocument = new TypedDocumentString(`
    query Chains($instrument: ID, $obligation: ID, $actor: ID, $rootCause: ID, $first: Int) {
  obligationChains(
    instrument: $instrument
    obligation: $obligation
    actor: $actor
    rootCause: $rootCause
    first: $first
  ) {
    article
    instrument {
      id
      name
      shortName
    }
    obligation {
      id
      name
    }
    recommendation {
      id
      name
      ref
      force
      text
      document {
        id
        name
        symbol
      }
    }
    actor {
      id
      name
    }
    rootCause {
      id
      name
    }
    steps {
      type
      from
      to
      method
      evidence {
        id
        ref
        document {
          symbol
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainsQuery, ChainsQueryVariables>;
export const OverlapDocument = new TypedDocumentString(`
    query Overlap($dimension: OverlapDimension!, $documents: [ID!]) {
  overlap(dimension: $dimension, documents: $documents) {
    documents {
      id
      name
      symbol
    }
    cells {
      a {
        id
      }
      b {
        id
      }
      count
      items {
        id
        name
        labels
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverlapQuery, OverlapQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($dimension: OverlapDimension!) {
  coverage(dimension: $dimension) {
    documents {
      id
      name
      symbol
    }
    rows {
      concept {
        id
        name
        labels
      }
      counts
      total
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const SimilarBetweenDocument = new TypedDocumentString(`
    query SimilarBetween($document: ID!, $first: Int, $after: String) {
  recommendations(filter: {documents: [$document]}, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...OverlapRec
        similar {
          score
          method
          measures {
            id
            name
          }
          spans
          phrases
          direction
          node {
            ...OverlapRec
          }
        }
      }
    }
  }
}
    fragment OverlapRec on Recommendation {
  id
  ref
  text
  force
  documentId
  addressees {
    node {
      name
    }
  }
  provision {
    id
    parent {
      id
      text
    }
  }
}`) as unknown as TypedDocumentString<SimilarBetweenQuery, SimilarBetweenQueryVariables>;
export const MeasureClusterDocument = new TypedDocumentString(`
    query MeasureCluster($id: ID!) {
  node(id: $id) {
    ... on Measure {
      id
      name
      description
      broad
      recommendations {
        spans
        node {
          ...OverlapRec
        }
      }
    }
  }
}
    fragment OverlapRec on Recommendation {
  id
  ref
  text
  force
  documentId
  addressees {
    node {
      name
    }
  }
  provision {
    id
    parent {
      id
      text
    }
  }
}`) as unknown as TypedDocumentString<MeasureClusterQuery, MeasureClusterQueryVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents {
  documents {
    id
    name
    symbol
  }
}
    `) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;