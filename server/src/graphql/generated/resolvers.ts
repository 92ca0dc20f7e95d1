import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Arbitrary JSON: the raw properties of a node, for generic views and export. */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** The kinds of node (ONTOLOGY.md; Measure is the overlap extension, docs/overlap.md). */
export const Label = {
  Document: 'Document',
  Provision: 'Provision',
  Recommendation: 'Recommendation',
  Obligation: 'Obligation',
  Actor: 'Actor',
  RootCause: 'RootCause',
  Instrument: 'Instrument',
  Measure: 'Measure'
} as const;

export type Label = typeof Label[keyof typeof Label];
/** The relationship types of the graph (ONTOLOGY.md). */
export const RelationshipType = {
  HAS_PROVISION: 'HAS_PROVISION',
  PART_OF: 'PART_OF',
  EMBODIES: 'EMBODIES',
  STATED_IN: 'STATED_IN',
  ADDRESSED_TO: 'ADDRESSED_TO',
  MENTIONS: 'MENTIONS',
  CITES: 'CITES',
  IMPLEMENTS: 'IMPLEMENTS',
  ADDRESSES: 'ADDRESSES',
  ARISES_FROM: 'ARISES_FROM',
  BINDS: 'BINDS',
  SUPPLEMENTS: 'SUPPLEMENTS',
  RESPONDS_TO: 'RESPONDS_TO',
  SIMILAR_TO: 'SIMILAR_TO',
  CALLS_FOR: 'CALLS_FOR'
} as const;

export type RelationshipType = typeof RelationshipType[keyof typeof RelationshipType];
/** The operative verb of a recommendation (the graph spells them with hyphens: `strongly-urges`). */
export const Force = {
  urges: 'urges',
  strongly_urges: 'strongly_urges',
  calls_upon: 'calls_upon',
  encourages: 'encourages',
  invites: 'invites',
  requests: 'requests',
  recommends: 'recommends',
  stresses_the_need: 'stresses_the_need',
  should: 'should',
  must: 'must',
  shall: 'shall'
} as const;

export type Force = typeof Force[keyof typeof Force];
/** How `recommendations` are ordered; reading order always breaks the remaining ties. */
export const RecommendationOrder = {
  /** Document id, then the paragraph order of the text (47 before 100, 54(a) before 54(b)), then id. */
  READING_ORDER: 'READING_ORDER',
  /** The document's year, earliest first. */
  YEAR: 'YEAR',
  /** The operative verb, in the order of the Force enum. */
  FORCE: 'FORCE',
  /** The document's id. */
  DOCUMENT: 'DOCUMENT'
} as const;

export type RecommendationOrder = typeof RecommendationOrder[keyof typeof RecommendationOrder];
/** What `recommendationCounts` groups by. */
export const CountDimension = {
  /** The document the recommendation belongs to. */
  DOCUMENT: 'DOCUMENT',
  /** Root causes it ADDRESSES (a recommendation addressing two counts in both). */
  ROOT_CAUSE: 'ROOT_CAUSE',
  /** Obligations it IMPLEMENTS. */
  OBLIGATION: 'OBLIGATION',
  /** Actors it is ADDRESSED_TO. */
  ACTOR: 'ACTOR',
  /** Instruments its provision CITES. */
  INSTRUMENT: 'INSTRUMENT',
  /** Its operative verb (key id: the graph's value, e.g. `strongly-urges`). */
  FORCE: 'FORCE',
  /** Its document's year. */
  YEAR: 'YEAR'
} as const;

export type CountDimension = typeof CountDimension[keyof typeof CountDimension];
/** How `search` combines the words of its text. */
export const SearchMode = {
  /** Every word is the start of a word of the node (the default). */
  ALL: 'ALL',
  /** At least one word is; nodes matching more words score higher. */
  ANY: 'ANY',
  /** The words follow each other, in order, in one field (each the start of its word). */
  PHRASE: 'PHRASE'
} as const;

export type SearchMode = typeof SearchMode[keyof typeof SearchMode];
/** Document kinds (the graph spells them with hyphens: `general-recommendation`). */
export const DocumentKind = {
  general_recommendation: 'general_recommendation',
  resolution: 'resolution',
  report: 'report',
  fact_sheet: 'fact_sheet'
} as const;

export type DocumentKind = typeof DocumentKind[keyof typeof DocumentKind];
/** Actor kinds (the graph spells them with hyphens: `state-group`). */
export const ActorKind = {
  business: 'business',
  civil_society: 'civil_society',
  country: 'country',
  intergovernmental: 'intergovernmental',
  justice_sector: 'justice_sector',
  media: 'media',
  national_institution: 'national_institution',
  regional_organization: 'regional_organization',
  special_procedure: 'special_procedure',
  state_group: 'state_group',
  treaty_body: 'treaty_body',
  un_entity: 'un_entity',
  un_organ: 'un_organ'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
/** Which way to follow relationships from a node. */
export const Direction = {
  /** From the node to others (the node is the start). */
  OUT: 'OUT',
  /** From others to the node (the node is the end). */
  IN: 'IN',
  /** Both ways. */
  BOTH: 'BOTH'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** What two documents can share, or a concept × document coverage is counted by. */
export const OverlapDimension = {
  /** Obligations implemented by recommendations or stated in provisions of both documents. */
  OBLIGATION: 'OBLIGATION',
  /** Root causes mentioned or addressed in both documents. */
  ROOT_CAUSE: 'ROOT_CAUSE',
  /** Actors mentioned or addressed in both documents. */
  ACTOR: 'ACTOR',
  /** Instruments cited by both documents. */
  INSTRUMENT: 'INSTRUMENT',
  /** Measures that recommendations of both documents call for (CALLS_FOR). */
  MEASURE: 'MEASURE'
} as const;

export type OverlapDimension = typeof OverlapDimension[keyof typeof OverlapDimension];
/** Anything in the graph. */
export type Node = {
  /** Stable id, `<prefix>:<slug>` (e.g. `inst:trafficking-protocol`). */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label (one per node). */
  labels: Array<Label>;
};

/** One source text of the corpus. */
export type Document = Node & {
  __typename?: 'Document';
  /** Stable id (see `Node.id`). */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label. */
  labels: Array<Label>;
  /** UN document symbol, e.g. `A/RES/77/194`. */
  symbol: Scalars['String']['output'];
  /** Full title as published. */
  title: Scalars['String']['output'];
  /** general-recommendation, resolution, report or fact-sheet. */
  kind: Scalars['String']['output'];
  /** Issuing body slug, e.g. `general-assembly`. */
  issuer: Scalars['String']['output'];
  /** Year of adoption or publication. */
  year: Scalars['Int']['output'];
  /** The document's provisions in reading order. */
  provisions: Array<Provision>;
  /** Recommendations the document makes, in reading order. */
  recommendations: Array<Recommendation>;
  /** The instrument this document itself is (EMBODIES). */
  embodies?: Maybe<Instrument>;
  /** The resolution(s) this report was submitted pursuant to (RESPONDS_TO). */
  respondsTo: Array<InstrumentLink>;
};


/** One source text of the corpus. */
export type DocumentProvisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One source text of the corpus. */
export type DocumentRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One source text of the corpus. */
export type DocumentRespondsToArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The citable unit: one paragraph or sub-paragraph of a document, cleaned. */
export type Provision = Node & {
  __typename?: 'Provision';
  /** Stable id (see `Node.id`). */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label. */
  labels: Array<Label>;
  /** Id of the document it belongs to (`doc:…`). */
  documentId: Scalars['ID']['output'];
  /** The document's own numbering: `54`, `54(b)`, `pp3`, `III.C.4`, `fn12`. */
  ref: Scalars['String']['output'];
  /** preamble, operative, paragraph, subparagraph, box, bullet or footnote. */
  kind: Scalars['String']['output'];
  /** Heading path as printed, `VII. Recommendations > A. …`. */
  section: Scalars['String']['output'];
  /** Verbatim clean text. */
  text: Scalars['String']['output'];
  /** Position in the document, 1-based. */
  order: Scalars['Int']['output'];
  /** The document it belongs to. */
  document: Document;
  /** The chapeau paragraph of a sub-item (PART_OF). */
  parent?: Maybe<Provision>;
  /** Sub-items of this paragraph, in order. */
  children: Array<Provision>;
  /** Actors named in the text (MENTIONS). */
  actors: Array<ActorLink>;
  /** Root causes the text discusses (MENTIONS). */
  rootCauses: Array<RootCauseLink>;
  /** Instruments the text cites (CITES). */
  cites: Array<InstrumentLink>;
  /** Obligations this provision states (Obligation STATED_IN). */
  obligations: Array<ObligationLink>;
  /** Recommendations made in this provision. */
  recommendations: Array<Recommendation>;
};


/** The citable unit: one paragraph or sub-paragraph of a document, cleaned. */
export type ProvisionChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The citable unit: one paragraph or sub-paragraph of a document, cleaned. */
export type ProvisionActorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The citable unit: one paragraph or sub-paragraph of a document, cleaned. */
export type ProvisionRootCausesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The citable unit: one paragraph or sub-paragraph of a document, cleaned. */
export type ProvisionCitesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The citable unit: one paragraph or sub-paragraph of a document, cleaned. */
export type ProvisionObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The citable unit: one paragraph or sub-paragraph of a document, cleaned. */
export type ProvisionRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A call on someone to act, as stated in one provision. */
export type Recommendation = Node & {
  __typename?: 'Recommendation';
  /** Stable id (see `Node.id`). */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label. */
  labels: Array<Label>;
  /** Id of the document it belongs to (`doc:…`). */
  documentId: Scalars['ID']['output'];
  /** The provision's own numbering, e.g. `54(b)`. */
  ref: Scalars['String']['output'];
  /** The recommendation's text (its provision, cleaned). */
  text: Scalars['String']['output'];
  /** The operative verb. */
  force: Force;
  /** The document it belongs to. */
  document: Document;
  /** Where the recommendation is made (STATED_IN). */
  provision: Provision;
  /** Who is called on to act (ADDRESSED_TO). */
  addressees: Array<ActorLink>;
  /** Duties it helps discharge (IMPLEMENTS). */
  obligations: Array<ObligationLink>;
  /** Drivers it aims at (ADDRESSES). */
  rootCauses: Array<RootCauseLink>;
  /** The specific measures it calls for (CALLS_FOR), with the words each rests on. */
  measures: Array<MeasureLink>;
  /** Overlapping recommendations of other documents (SIMILAR_TO), best first. */
  similar: Array<SimilarRecommendation>;
};


/** A call on someone to act, as stated in one provision. */
export type RecommendationAddresseesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A call on someone to act, as stated in one provision. */
export type RecommendationObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A call on someone to act, as stated in one provision. */
export type RecommendationRootCausesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A call on someone to act, as stated in one provision. */
export type RecommendationSimilarArgs = {
  minScore?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A legal duty of States under international law. */
export type Obligation = Node & {
  __typename?: 'Obligation';
  /** Stable id (see `Node.id`). */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label. */
  labels: Array<Label>;
  /** What it is, in a sentence. */
  description: Scalars['String']['output'];
  /** Legal basis (ARISES_FROM), with the article. */
  legalBasis: Array<InstrumentLink>;
  /** Duty-bearers (BINDS). */
  bearers: Array<ActorLink>;
  /** Recommendations that implement it (IMPLEMENTS). */
  recommendations: Array<RecommendationLink>;
  /** Provisions that state or explain the duty (STATED_IN). */
  statedIn: Array<ProvisionLink>;
};


/** A legal duty of States under international law. */
export type ObligationLegalBasisArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal duty of States under international law. */
export type ObligationBearersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal duty of States under international law. */
export type ObligationRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A legal duty of States under international law. */
export type ObligationStatedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who is addressed or named: groups of States, countries, UN entities, treaty bodies, business, civil society. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Stable id (see `Node.id`). */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label. */
  labels: Array<Label>;
  /** Kind, as the catalogue names it. */
  kind: Scalars['String']['output'];
  /** Other names the texts use for the actor. */
  aliases: Array<Scalars['String']['output']>;
  /** Recommendations addressed to this actor (ADDRESSED_TO). */
  recommendations: Array<RecommendationLink>;
  /** Provisions naming this actor (MENTIONS). */
  mentionedIn: Array<ProvisionLink>;
  /** Obligations binding this actor (BINDS). */
  obligations: Array<ObligationLink>;
};


/** Who is addressed or named: groups of States, countries, UN entities, treaty bodies, business, civil society. */
export type ActorRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who is addressed or named: groups of States, countries, UN entities, treaty bodies, business, civil society. */
export type ActorMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who is addressed or named: groups of States, countries, UN entities, treaty bodies, business, civil society. */
export type ActorObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A driver of trafficking in women and girls. */
export type RootCause = Node & {
  __typename?: 'RootCause';
  /** Stable id (see `Node.id`). */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label. */
  labels: Array<Label>;
  /** What it is, in a sentence. */
  description: Scalars['String']['output'];
  /** Recommendations that address it (ADDRESSES). */
  recommendations: Array<RecommendationLink>;
  /** Provisions that discuss it (MENTIONS). */
  mentionedIn: Array<ProvisionLink>;
};


/** A driver of trafficking in women and girls. */
export type RootCauseRecommendationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A driver of trafficking in women and girls. */
export type RootCauseMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A specific measure recommendations call for (measures.yaml): the unit of overlap between documents. */
export type Measure = Node & {
  __typename?: 'Measure';
  /** Stable id (see `Node.id`): `measure:<slug>`. */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label. */
  labels: Array<Label>;
  /** What it asks for, in a sentence. */
  description: Scalars['String']['output'];
  /** The catalogue's theme heading (justice, protection, prevention …). */
  group: Scalars['String']['output'];
  /** A theme rather than one action: on its own it does not make two recommendations overlap. */
  broad: Scalars['Boolean']['output'];
  /** Recommendations that call for it (CALLS_FOR). */
  recommendations: Array<RecommendationLink>;
};

/** A treaty, protocol, declaration, resolution, report or other text that others cite. */
export type Instrument = Node & {
  __typename?: 'Instrument';
  /** Stable id (see `Node.id`). */
  id: Scalars['ID']['output'];
  /** Short human label. */
  name: Scalars['String']['output'];
  /** The node's label. */
  labels: Array<Label>;
  /** Short name, e.g. `CEDAW`. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** treaty, protocol, declaration, resolution, report … */
  kind: Scalars['String']['output'];
  /** Year of adoption, when known. */
  year?: Maybe<Scalars['Int']['output']>;
  /** Obligations with their legal basis here (ARISES_FROM). */
  obligations: Array<ObligationLink>;
  /** Provisions citing it (CITES). */
  citedIn: Array<ProvisionLink>;
  /** The parent treaty this instrument supplements (SUPPLEMENTS). */
  supplements: Array<InstrumentLink>;
  /** Protocols supplementing this instrument. */
  supplementedBy: Array<InstrumentLink>;
  /** The corpus document that is this instrument, if any. */
  embodiedBy?: Maybe<Document>;
};


/** A treaty, protocol, declaration, resolution, report or other text that others cite. */
export type InstrumentObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A treaty, protocol, declaration, resolution, report or other text that others cite. */
export type InstrumentCitedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A treaty, protocol, declaration, resolution, report or other text that others cite. */
export type InstrumentSupplementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A treaty, protocol, declaration, resolution, report or other text that others cite. */
export type InstrumentSupplementedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a link exists: how it was found and the provisions it rests on. */
export type Link = {
  /** rule, catalogue, pattern, gazetteer, context, similarity, structure. */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) behind the link. */
  evidence: Array<Provision>;
  /** Where in the evidence the link was read: `<provision id>@<start>-<end>` character spans; empty when not recorded. */
  spans: Array<Scalars['String']['output']>;
};


/** Why a link exists: how it was found and the provisions it rests on. */
export type LinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A link to an actor, with its evidence. */
export type ActorLink = Link & {
  __typename?: 'ActorLink';
  /** The node at the other end of the link. */
  node: Actor;
  /** How the link was found (rule, catalogue, similarity, structure …). */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) the link rests on. */
  evidence: Array<Provision>;
  /** Where in the evidence the link was read: `<provision id>@<start>-<end>` character spans; empty when not recorded. */
  spans: Array<Scalars['String']['output']>;
};


/** A link to an actor, with its evidence. */
export type ActorLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A link to an instrument, with its evidence. */
export type InstrumentLink = Link & {
  __typename?: 'InstrumentLink';
  /** The node at the other end of the link. */
  node: Instrument;
  /** How the link was found (rule, catalogue, similarity, structure …). */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) the link rests on. */
  evidence: Array<Provision>;
  /** Where in the evidence the link was read: `<provision id>@<start>-<end>` character spans; empty when not recorded. */
  spans: Array<Scalars['String']['output']>;
  /** For ARISES_FROM: the article, e.g. `6(3)`. */
  article?: Maybe<Scalars['String']['output']>;
};


/** A link to an instrument, with its evidence. */
export type InstrumentLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A link to an obligation, with its evidence. */
export type ObligationLink = Link & {
  __typename?: 'ObligationLink';
  /** The node at the other end of the link. */
  node: Obligation;
  /** How the link was found (rule, catalogue, similarity, structure …). */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) the link rests on. */
  evidence: Array<Provision>;
  /** Where in the evidence the link was read: `<provision id>@<start>-<end>` character spans; empty when not recorded. */
  spans: Array<Scalars['String']['output']>;
  /** For ARISES_FROM seen from the instrument: the article. */
  article?: Maybe<Scalars['String']['output']>;
};


/** A link to an obligation, with its evidence. */
export type ObligationLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A link to a root cause, with its evidence. */
export type RootCauseLink = Link & {
  __typename?: 'RootCauseLink';
  /** The node at the other end of the link. */
  node: RootCause;
  /** How the link was found (rule, catalogue, similarity, structure …). */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) the link rests on. */
  evidence: Array<Provision>;
  /** Where in the evidence the link was read: `<provision id>@<start>-<end>` character spans; empty when not recorded. */
  spans: Array<Scalars['String']['output']>;
};


/** A link to a root cause, with its evidence. */
export type RootCauseLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A link to a recommendation, with its evidence. */
export type RecommendationLink = Link & {
  __typename?: 'RecommendationLink';
  /** The node at the other end of the link. */
  node: Recommendation;
  /** How the link was found (rule, catalogue, similarity, structure …). */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) the link rests on. */
  evidence: Array<Provision>;
  /** Where in the evidence the link was read: `<provision id>@<start>-<end>` character spans; empty when not recorded. */
  spans: Array<Scalars['String']['output']>;
};


/** A link to a recommendation, with its evidence. */
export type RecommendationLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A link to a provision, with its evidence. */
export type ProvisionLink = Link & {
  __typename?: 'ProvisionLink';
  /** The node at the other end of the link. */
  node: Provision;
  /** How the link was found (rule, catalogue, similarity, structure …). */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) the link rests on. */
  evidence: Array<Provision>;
  /** Where in the evidence the link was read: `<provision id>@<start>-<end>` character spans; empty when not recorded. */
  spans: Array<Scalars['String']['output']>;
};


/** A link to a provision, with its evidence. */
export type ProvisionLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A link to a measure, with the words of the recommendation it rests on. */
export type MeasureLink = Link & {
  __typename?: 'MeasureLink';
  /** The node at the other end of the link. */
  node: Measure;
  /** How the link was found (rule, catalogue, similarity, structure …). */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) the link rests on. */
  evidence: Array<Provision>;
  /** The matched words, as `<provision id>@<start>-<end>` (character offsets, end exclusive). */
  spans: Array<Scalars['String']['output']>;
};


/** A link to a measure, with the words of the recommendation it rests on. */
export type MeasureLinkEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether one of two overlapping recommendations asks for no more than the other. */
export const OverlapDirection = {
  /** Both call for the same measures. */
  SAME: 'SAME',
  /** Every measure this recommendation calls for, the other calls for too: it is contained in the other. */
  CONTAINED_IN: 'CONTAINED_IN',
  /** Every measure the other calls for, this one calls for too. */
  CONTAINS: 'CONTAINS',
  /** Each calls for something the other does not. */
  PARTIAL: 'PARTIAL'
} as const;

export type OverlapDirection = typeof OverlapDirection[keyof typeof OverlapDirection];
/** An overlapping recommendation in another document. */
export type SimilarRecommendation = Link & {
  __typename?: 'SimilarRecommendation';
  /** The node at the other end of the link. */
  node: Recommendation;
  /** Similarity in 0..1. */
  score: Scalars['Float']['output'];
  /** The measures both recommendations call for. */
  measures: Array<Measure>;
  /** The matched asks in both texts, as `<provision id>@<start>-<end>` (a sub-item's chapeau included). */
  spans: Array<Scalars['String']['output']>;
  /** Distinctive phrases (lemmas) both matched asks use. */
  phrases: Array<Scalars['String']['output']>;
  /** Whether this recommendation's asks lie wholly within the other's, or the other way round. */
  direction: OverlapDirection;
  /** How the link was found (rule, catalogue, similarity, structure …). */
  method: Scalars['String']['output'];
  /** The provisions (paragraphs) the link rests on. */
  evidence: Array<Provision>;
};


/** An overlapping recommendation in another document. */
export type SimilarRecommendationEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The node found. */
  node: Node;
  /** Relevance; higher is better. Results are ordered by score, then id. */
  score: Scalars['Float']['output'];
  /** The matching passage, HTML-escaped, with matched terms wrapped in `<mark>`…`</mark>`. */
  snippet: Scalars['String']['output'];
  /** The matching passage as plain text (not escaped). */
  text: Scalars['String']['output'];
  /** Where the matched words are in `text`. */
  highlights: Array<Highlight>;
};


/** A search result. */
export type SearchHitHighlightsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A matched word in a snippet: `[start, end)` character offsets. */
export type Highlight = {
  __typename?: 'Highlight';
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
  /** Offset after the last character. */
  end: Scalars['Int']['output'];
};

/**
 * Which recommendations: every field given holds (AND); `AND`, `OR` and `NOT` combine nested
 * conditions (at most 8 levels, 64 conditions). Concept fields take one id: an unknown id is
 * NOT_FOUND, an id of another kind of node BAD_USER_INPUT.
 */
export type RecommendationWhere = {
  /** All of these hold (at least one). */
  AND?: InputMaybe<Array<RecommendationWhere>>;
  /** At least one of these holds (at least one). */
  OR?: InputMaybe<Array<RecommendationWhere>>;
  /** This does not hold. */
  NOT?: InputMaybe<RecommendationWhere>;
  /** The document it belongs to. */
  document?: InputMaybe<DocumentWhere>;
  /** Its operative verb. */
  force?: InputMaybe<Force>;
  /** It is ADDRESSED_TO this actor. */
  addressee?: InputMaybe<Scalars['ID']['input']>;
  /** Its provision MENTIONS this actor (named in the text, addressed or not). */
  mentionedActor?: InputMaybe<Scalars['ID']['input']>;
  /** It IMPLEMENTS this obligation. */
  obligation?: InputMaybe<Scalars['ID']['input']>;
  /** It ADDRESSES this root cause. */
  rootCause?: InputMaybe<Scalars['ID']['input']>;
  /** Its provision CITES this instrument directly (for the legal basis, use `legalBasis`). */
  instrument?: InputMaybe<Scalars['ID']['input']>;
  /** It IMPLEMENTS an obligation that ARISES_FROM this instrument: the instrument is its legal basis. */
  legalBasis?: InputMaybe<Scalars['ID']['input']>;
  /** Its provision's heading path contains this text (folded for case, accents and ligatures). */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Every word is the start of a word of its text (folded), as in `search`. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on a recommendation's document (all given hold). */
export type DocumentWhere = {
  /** The document's id (`doc:…`). */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The document's kind. */
  kind?: InputMaybe<DocumentKind>;
  /** Adopted in this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Adopted in this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One key of a count row: the dimension, and the value the row counts. */
export type CountKey = {
  __typename?: 'CountKey';
  /** The dimension. */
  dimension: CountDimension;
  /** The node id (`doc:…`, `cause:…`); for FORCE the graph's verb (`strongly-urges`), for YEAR the year. */
  id: Scalars['String']['output'];
  /** The node's name; for FORCE and YEAR the id. */
  name: Scalars['String']['output'];
};

/** How many recommendations have one combination of values. */
export type RecommendationCount = {
  __typename?: 'RecommendationCount';
  /** One key per `groupBy` dimension, in that order. */
  keys: Array<CountKey>;
  /** Recommendations with these values. */
  count: Scalars['Int']['output'];
};

/** One search hit of a page, with its cursor. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque cursor of this hit, for `after`. */
  cursor: Scalars['String']['output'];
  /** The node found. */
  node: Node;
  /** Relevance in (0, 1]; hits are ordered by score, then id. */
  score: Scalars['Float']['output'];
  /** The matching passage, HTML-escaped, with matched words wrapped in `<mark>`…`</mark>`. */
  snippet: Scalars['String']['output'];
  /** The matching passage as plain text (not escaped). */
  text: Scalars['String']['output'];
  /** Where the matched words are in `text`. */
  highlights: Array<Highlight>;
};

/** A page of search hits. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** Hits in all pages. */
  totalCount: Scalars['Int']['output'];
  /** This page, best first. */
  edges: Array<SearchEdge>;
  /** Where this page starts and ends. */
  pageInfo: PageInfo;
  /** For a search with no hit: the text with each unknown word replaced by the closest known one ("traffiking" → "trafficking"); empty otherwise. */
  suggestions: Array<Scalars['String']['output']>;
};

/** Deprecated filter for recommendations (use `RecommendationWhere`); every list is an any-of, the lists combine with AND. */
export type RecommendationFilter = {
  /** Document ids (`doc:…`). */
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Addressee actor ids. */
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Root cause ids the recommendation addresses. */
  rootCauses?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Obligation ids it implements. */
  obligations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Instrument ids cited by the provision the recommendation is stated in (for the legal basis, filter by `obligations`). */
  instruments?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Operative verbs. */
  force?: InputMaybe<Array<Force>>;
  /** Words that must all occur in the text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One recommendation of a page, with its cursor. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque cursor of this item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: Recommendation;
};

/** Where a page starts and ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether pages come before this one (true when `after` was given and named an item). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
  /** Cursor of the last item, to pass as `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
};

/** A page of recommendations. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** Matches in all pages. */
  totalCount: Scalars['Int']['output'];
  /** This page, in the order asked (reading order by default). */
  edges: Array<RecommendationEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};


/** A page of recommendations. */
export type RecommendationConnectionEdgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A node as drawn on the canvas. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The node's label. */
  label: Label;
  /** Short human label. */
  name: Scalars['String']['output'];
  /** All properties of the node. */
  properties: Scalars['JSON']['output'];
};

/** An edge as drawn on the canvas. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id: `<source>-[<TYPE>]-><target>`, with `#2`, `#3` … appended where several relationships of one type join the same nodes. */
  id: Scalars['ID']['output'];
  /** Relationship type. */
  type: RelationshipType;
  /** Start node id. */
  source: Scalars['ID']['output'];
  /** End node id. */
  target: Scalars['ID']['output'];
  /** How the relationship was found. */
  method?: Maybe<Scalars['String']['output']>;
  /** Ids of the provisions behind the edge; resolve them with `nodes(ids)`. */
  evidence: Array<Scalars['ID']['output']>;
  /** Provisions behind the edge. */
  evidenceProvisions: Array<Provision>;
  /** Where in the evidence the relationship was read: `<provision id>@<start>-<end>` character spans; empty when not recorded. */
  spans: Array<Scalars['String']['output']>;
  /** For SIMILAR_TO: similarity in 0..1. */
  score?: Maybe<Scalars['Float']['output']>;
  /** For ARISES_FROM: the article. */
  article?: Maybe<Scalars['String']['output']>;
};


/** An edge as drawn on the canvas. */
export type GraphEdgeEvidenceProvisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A subgraph ready for Cytoscape. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Nodes by (distance from the centre, id). */
  nodes: Array<GraphNode>;
  /** Relationships among the kept nodes, by id. */
  edges: Array<GraphEdge>;
  /** True when the element cap cut the result. */
  truncated: Scalars['Boolean']['output'];
  /** How many nodes and edges the cap left out (omittedNodes + omittedEdges). */
  omitted: Scalars['Int']['output'];
  /** Nodes within reach that the cap left out. */
  omittedNodes: Scalars['Int']['output'];
  /** Edges between kept and left-out nodes that the cap left out. */
  omittedEdges: Scalars['Int']['output'];
};


/** A subgraph ready for Cytoscape. */
export type SubgraphNodesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A subgraph ready for Cytoscape. */
export type SubgraphEdgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One simple path between two nodes; relationships may be followed against their direction. */
export type Path = {
  __typename?: 'Path';
  /** Number of steps (relationships followed). */
  length: Scalars['Int']['output'];
  /** The nodes in path order, from `from` to `to`. */
  nodes: Array<GraphNode>;
  /** Every relationship joining consecutive nodes, step by step (a step may have several). */
  edges: Array<GraphEdge>;
};


/** One simple path between two nodes; relationships may be followed against their direction. */
export type PathNodesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One simple path between two nodes; relationships may be followed against their direction. */
export type PathEdgesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One traced step of an obligation chain: a relationship with its evidence. */
export type ChainStep = {
  __typename?: 'ChainStep';
  /** Relationship type of the step. */
  type: RelationshipType;
  /** Start of the relationship. */
  from: Scalars['ID']['output'];
  /** End of the relationship. */
  to: Scalars['ID']['output'];
  /** How the relationship was found. */
  method: Scalars['String']['output'];
  /** The provisions the relationship rests on. */
  evidence: Array<Provision>;
};


/** One traced step of an obligation chain: a relationship with its evidence. */
export type ChainStepEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Instrument ← ARISES_FROM − Obligation ← IMPLEMENTS − Recommendation − ADDRESSED_TO → Actor (− ADDRESSES → RootCause). */
export type ObligationChain = {
  __typename?: 'ObligationChain';
  /** Where the duty comes from. */
  instrument: Instrument;
  /** Article of the instrument the obligation arises from. */
  article?: Maybe<Scalars['String']['output']>;
  /** The duty. */
  obligation: Obligation;
  /** The recommendation that implements the duty. */
  recommendation: Recommendation;
  /** Who the recommendation addresses. */
  actor: Actor;
  /** A driver the recommendation addresses, if any (one chain per root cause). */
  rootCause?: Maybe<RootCause>;
  /** Each step with its evidence. */
  steps: Array<ChainStep>;
};


/** Instrument ← ARISES_FROM − Obligation ← IMPLEMENTS − Recommendation − ADDRESSED_TO → Actor (− ADDRESSES → RootCause). */
export type ObligationChainStepsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One cell of a document × document overlap matrix. */
export type OverlapCell = {
  __typename?: 'OverlapCell';
  /** The document earlier in id order. */
  a: Document;
  /** The document later in id order. */
  b: Document;
  /** Number of shared items. */
  count: Scalars['Int']['output'];
  /** The shared items (obligations, root causes, actors or instruments). */
  items: Array<Node>;
};


/** One cell of a document × document overlap matrix. */
export type OverlapCellItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What documents share, pair by pair. */
export type OverlapMatrix = {
  __typename?: 'OverlapMatrix';
  /** What is counted. */
  dimension: OverlapDimension;
  /** The documents compared, by id. */
  documents: Array<Document>;
  /** Every pair (a, b) of distinct documents with a before b in id order, sorted by (a, b). */
  cells: Array<OverlapCell>;
};


/** What documents share, pair by pair. */
export type OverlapMatrixDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What documents share, pair by pair. */
export type OverlapMatrixCellsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One concept's row of the coverage matrix: how often each document touches it. */
export type CoverageRow = {
  __typename?: 'CoverageRow';
  /** The obligation, root cause, actor or instrument. */
  concept: Node;
  /** Counts of distinct provisions per document, aligned with `CoverageMatrix.documents`. */
  counts: Array<Scalars['Int']['output']>;
  /** Sum of `counts`. */
  total: Scalars['Int']['output'];
  /** The non-empty cells of the row, with the provisions behind each. */
  cells: Array<CoverageCell>;
};


/** One concept's row of the coverage matrix: how often each document touches it. */
export type CoverageRowCellsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The provisions of one document through which a concept is linked to it. */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  /** The document. */
  document: Document;
  /** Number of distinct provisions. */
  count: Scalars['Int']['output'];
  /** The provisions, by id. */
  provisions: Array<Provision>;
};


/** The provisions of one document through which a concept is linked to it. */
export type CoverageCellProvisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Concept × document coverage: how often each document touches each concept. */
export type CoverageMatrix = {
  __typename?: 'CoverageMatrix';
  /** What the rows are. */
  dimension: OverlapDimension;
  /** The columns, by id. */
  documents: Array<Document>;
  /** One row per concept of the dimension, by id (concepts no document touches included). */
  rows: Array<CoverageRow>;
};


/** Concept × document coverage: how often each document touches each concept. */
export type CoverageMatrixDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Concept × document coverage: how often each document touches each concept. */
export type CoverageMatrixRowsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many nodes have a label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** A label. */
  label: Label;
  /** Number of nodes. */
  count: Scalars['Int']['output'];
};

/** How many relationships have a type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** A relationship type. */
  type: RelationshipType;
  /** Number of relationships. */
  count: Scalars['Int']['output'];
};

/** Size of the graph. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Number of nodes. */
  nodes: Scalars['Int']['output'];
  /** Number of relationships. */
  relationships: Scalars['Int']['output'];
  /** Nodes per label, in label order. */
  byLabel: Array<LabelCount>;
  /** Relationships per type, in type order. */
  byType: Array<TypeCount>;
};


/** Size of the graph. */
export type GraphStatsByLabelArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Size of the graph. */
export type GraphStatsByTypeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type Query = {
  __typename?: 'Query';
  /** A node by id, or null. */
  node?: Maybe<Node>;
  /** Nodes by id, in the order asked, null where unknown. */
  nodes?: Maybe<Array<Maybe<Node>>>;
  /**
   * Full-text search over names, short names, titles, aliases and provision text. Words are folded
   * for case, accents and ligatures ("traﬃcking" finds "trafficking"); each word of `text` matches
   * the start of a word ("traffick" finds "trafficking"); at most 16 words (BAD_USER_INPUT beyond, or
   * for a text with no word). Aliases from the catalogues count ("Palermo Protocol" finds the
   * Trafficking Protocol). `first` 1..100.
   */
  search?: Maybe<SearchConnection>;
  /** A provision by its document and its own numbering (`54(b)`, `pp3`; a leading `para.` is ignored), or null. */
  provision?: Maybe<Provision>;
  /** The corpus documents, by id. */
  documents?: Maybe<Array<Document>>;
  /** All instruments, by id. */
  instruments?: Maybe<Array<Instrument>>;
  /** The obligations catalogue, by id. */
  obligations?: Maybe<Array<Obligation>>;
  /** Actors by id, optionally of one kind (`state-group`, `un-entity`, `business` …). */
  actors?: Maybe<Array<Actor>>;
  /** The root causes catalogue, by id. */
  rootCauses?: Maybe<Array<RootCause>>;
  /** The measures catalogue, by id. */
  measures?: Maybe<Array<Measure>>;
  /**
   * Recommendations matching `where`, in the order of `orderBy` (reading order by default), as a
   * cursor connection; `first` 1..200. `filter` is the former shape, ANDed with `where`.
   */
  recommendations?: Maybe<RecommendationConnection>;
  /**
   * How many recommendations match `where`, per combination of the values of 1..3 `groupBy`
   * dimensions ("recommendations per document per root cause" is `groupBy: [DOCUMENT, ROOT_CAUSE]`).
   * A recommendation counts once in every combination of its values; one with no value in a
   * dimension (no root cause) is in no row. Rows by their key ids; `first` 1..10000 rows.
   */
  recommendationCounts?: Maybe<Array<RecommendationCount>>;
  /** The neighbourhood of a node, up to `depth` (1..3) hops, capped at `limit` (1..2000) nodes; NOT_FOUND for an unknown id. */
  neighbourhood?: Maybe<Subgraph>;
  /** Shortest typed paths between two nodes, shortest first. */
  paths?: Maybe<Array<Path>>;
  /** Obligation chains, filtered by any of their links, in (instrument, obligation, recommendation, actor, rootCause) order. */
  obligationChains?: Maybe<Array<ObligationChain>>;
  /**
   * Document × document matrix of shared items, over the given documents (every document when omitted).
   * At most 50 documents per request (BAD_USER_INPUT beyond, also when omitted on a larger graph): a
   * matrix of more is no longer readable, and its cells grow with the square of the documents.
   */
  overlap?: Maybe<OverlapMatrix>;
  /** Concept × document coverage. */
  coverage?: Maybe<CoverageMatrix>;
  /** Recommendations of other documents similar to this one, best first. */
  similarRecommendations?: Maybe<Array<SimilarRecommendation>>;
  /** Counts of nodes and relationships. */
  stats?: Maybe<GraphStats>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  mode?: InputMaybe<SearchMode>;
  labels?: InputMaybe<Array<Label>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryProvisionArgs = {
  document: Scalars['ID']['input'];
  ref: Scalars['String']['input'];
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryInstrumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryObligationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryActorsArgs = {
  kind?: InputMaybe<ActorKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryRootCausesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryRecommendationsArgs = {
  where?: InputMaybe<RecommendationWhere>;
  orderBy?: InputMaybe<Array<RecommendationOrder>>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryRecommendationCountsArgs = {
  groupBy: Array<CountDimension>;
  where?: InputMaybe<RecommendationWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryObligationChainsArgs = {
  instrument?: InputMaybe<Scalars['ID']['input']>;
  obligation?: InputMaybe<Scalars['ID']['input']>;
  recommendation?: InputMaybe<Scalars['ID']['input']>;
  actor?: InputMaybe<Scalars['ID']['input']>;
  rootCause?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryOverlapArgs = {
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  dimension: OverlapDimension;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QueryCoverageArgs = {
  dimension: OverlapDimension;
};


/**
 * The read-only entry points. Each is nullable: a field that fails is null with its own error (and
 * path) in `errors`, the others are still answered.
 */
export type QuerySimilarRecommendationsArgs = {
  id: Scalars['ID']['input'];
  minScore?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( Document )
    | ( Provision )
    | ( Recommendation )
    | ( Obligation )
    | ( Actor )
    | ( RootCause )
    | ( Measure )
    | ( Instrument )
  ;
  Link:
    | ( ActorLink )
    | ( InstrumentLink )
    | ( ObligationLink )
    | ( RootCauseLink )
    | ( RecommendationLink )
    | ( ProvisionLink )
    | ( MeasureLink )
    | ( SimilarRecommendation )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Label: Label;
  RelationshipType: RelationshipType;
  Force: Force;
  RecommendationOrder: RecommendationOrder;
  CountDimension: CountDimension;
  SearchMode: SearchMode;
  DocumentKind: DocumentKind;
  ActorKind: ActorKind;
  Direction: Direction;
  OverlapDimension: OverlapDimension;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Document: ResolverTypeWrapper<Document>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Provision: ResolverTypeWrapper<Provision>;
  Recommendation: ResolverTypeWrapper<Recommendation>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Obligation: ResolverTypeWrapper<Obligation>;
  Actor: ResolverTypeWrapper<Actor>;
  RootCause: ResolverTypeWrapper<RootCause>;
  Measure: ResolverTypeWrapper<Measure>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Instrument: ResolverTypeWrapper<Instrument>;
  Link: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Link']>;
  ActorLink: ResolverTypeWrapper<ActorLink>;
  InstrumentLink: ResolverTypeWrapper<InstrumentLink>;
  ObligationLink: ResolverTypeWrapper<ObligationLink>;
  RootCauseLink: ResolverTypeWrapper<RootCauseLink>;
  RecommendationLink: ResolverTypeWrapper<RecommendationLink>;
  ProvisionLink: ResolverTypeWrapper<ProvisionLink>;
  MeasureLink: ResolverTypeWrapper<MeasureLink>;
  OverlapDirection: OverlapDirection;
  SimilarRecommendation: ResolverTypeWrapper<SimilarRecommendation>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Highlight: ResolverTypeWrapper<Highlight>;
  RecommendationWhere: RecommendationWhere;
  DocumentWhere: DocumentWhere;
  CountKey: ResolverTypeWrapper<CountKey>;
  RecommendationCount: ResolverTypeWrapper<RecommendationCount>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  RecommendationFilter: RecommendationFilter;
  RecommendationEdge: ResolverTypeWrapper<RecommendationEdge>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  RecommendationConnection: ResolverTypeWrapper<RecommendationConnection>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  Path: ResolverTypeWrapper<Path>;
  ChainStep: ResolverTypeWrapper<ChainStep>;
  ObligationChain: ResolverTypeWrapper<ObligationChain>;
  OverlapCell: ResolverTypeWrapper<Omit<OverlapCell, 'items'> & { items: Array<ResolversTypes['Node']> }>;
  OverlapMatrix: ResolverTypeWrapper<Omit<OverlapMatrix, 'cells'> & { cells: Array<ResolversTypes['OverlapCell']> }>;
  CoverageRow: ResolverTypeWrapper<Omit<CoverageRow, 'concept'> & { concept: ResolversTypes['Node'] }>;
  CoverageCell: ResolverTypeWrapper<CoverageCell>;
  CoverageMatrix: ResolverTypeWrapper<Omit<CoverageMatrix, 'rows'> & { rows: Array<ResolversTypes['CoverageRow']> }>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  JSON: Scalars['JSON']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Document: Document;
  Int: Scalars['Int']['output'];
  Provision: Provision;
  Recommendation: Recommendation;
  Float: Scalars['Float']['output'];
  Obligation: Obligation;
  Actor: Actor;
  RootCause: RootCause;
  Measure: Measure;
  Boolean: Scalars['Boolean']['output'];
  Instrument: Instrument;
  Link: ResolversInterfaceTypes<ResolversParentTypes>['Link'];
  ActorLink: ActorLink;
  InstrumentLink: InstrumentLink;
  ObligationLink: ObligationLink;
  RootCauseLink: RootCauseLink;
  RecommendationLink: RecommendationLink;
  ProvisionLink: ProvisionLink;
  MeasureLink: MeasureLink;
  SimilarRecommendation: SimilarRecommendation;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  Highlight: Highlight;
  RecommendationWhere: RecommendationWhere;
  DocumentWhere: DocumentWhere;
  CountKey: CountKey;
  RecommendationCount: RecommendationCount;
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  RecommendationFilter: RecommendationFilter;
  RecommendationEdge: RecommendationEdge;
  PageInfo: PageInfo;
  RecommendationConnection: RecommendationConnection;
  GraphNode: GraphNode;
  GraphEdge: GraphEdge;
  Subgraph: Subgraph;
  Path: Path;
  ChainStep: ChainStep;
  ObligationChain: ObligationChain;
  OverlapCell: Omit<OverlapCell, 'items'> & { items: Array<ResolversParentTypes['Node']> };
  OverlapMatrix: Omit<OverlapMatrix, 'cells'> & { cells: Array<ResolversParentTypes['OverlapCell']> };
  CoverageRow: Omit<CoverageRow, 'concept'> & { concept: ResolversParentTypes['Node'] };
  CoverageCell: CoverageCell;
  CoverageMatrix: Omit<CoverageMatrix, 'rows'> & { rows: Array<ResolversParentTypes['CoverageRow']> };
  LabelCount: LabelCount;
  TypeCount: TypeCount;
  GraphStats: GraphStats;
  Query: Record<PropertyKey, never>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type NodeResolvers<ContextType = any, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Document' | 'Provision' | 'Recommendation' | 'Obligation' | 'Actor' | 'RootCause' | 'Measure' | 'Instrument', ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = any, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<DocumentProvisionsArgs>>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, Partial<DocumentRecommendationsArgs>>;
  embodies?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  respondsTo?: Resolver<Array<ResolversTypes['InstrumentLink']>, ParentType, ContextType, Partial<DocumentRespondsToArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvisionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<ProvisionChildrenArgs>>;
  actors?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, Partial<ProvisionActorsArgs>>;
  rootCauses?: Resolver<Array<ResolversTypes['RootCauseLink']>, ParentType, ContextType, Partial<ProvisionRootCausesArgs>>;
  cites?: Resolver<Array<ResolversTypes['InstrumentLink']>, ParentType, ContextType, Partial<ProvisionCitesArgs>>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, Partial<ProvisionObligationsArgs>>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, Partial<ProvisionRecommendationsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecommendationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  force?: Resolver<ResolversTypes['Force'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  addressees?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, Partial<RecommendationAddresseesArgs>>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, Partial<RecommendationObligationsArgs>>;
  rootCauses?: Resolver<Array<ResolversTypes['RootCauseLink']>, ParentType, ContextType, Partial<RecommendationRootCausesArgs>>;
  measures?: Resolver<Array<ResolversTypes['MeasureLink']>, ParentType, ContextType>;
  similar?: Resolver<Array<ResolversTypes['SimilarRecommendation']>, ParentType, ContextType, RequireFields<RecommendationSimilarArgs, 'minScore' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObligationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['InstrumentLink']>, ParentType, ContextType, Partial<ObligationLegalBasisArgs>>;
  bearers?: Resolver<Array<ResolversTypes['ActorLink']>, ParentType, ContextType, Partial<ObligationBearersArgs>>;
  recommendations?: Resolver<Array<ResolversTypes['RecommendationLink']>, ParentType, ContextType, Partial<ObligationRecommendationsArgs>>;
  statedIn?: Resolver<Array<ResolversTypes['ProvisionLink']>, ParentType, ContextType, Partial<ObligationStatedInArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActorResolvers<ContextType = any, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['RecommendationLink']>, ParentType, ContextType, Partial<ActorRecommendationsArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['ProvisionLink']>, ParentType, ContextType, Partial<ActorMentionedInArgs>>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, Partial<ActorObligationsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RootCauseResolvers<ContextType = any, ParentType extends ResolversParentTypes['RootCause'] = ResolversParentTypes['RootCause']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['RecommendationLink']>, ParentType, ContextType, Partial<RootCauseRecommendationsArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['ProvisionLink']>, ParentType, ContextType, Partial<RootCauseMentionedInArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureResolvers<ContextType = any, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  broad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['RecommendationLink']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = any, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['Label']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['ObligationLink']>, ParentType, ContextType, Partial<InstrumentObligationsArgs>>;
  citedIn?: Resolver<Array<ResolversTypes['ProvisionLink']>, ParentType, ContextType, Partial<InstrumentCitedInArgs>>;
  supplements?: Resolver<Array<ResolversTypes['InstrumentLink']>, ParentType, ContextType, Partial<InstrumentSupplementsArgs>>;
  supplementedBy?: Resolver<Array<ResolversTypes['InstrumentLink']>, ParentType, ContextType, Partial<InstrumentSupplementedByArgs>>;
  embodiedBy?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = {
  __resolveType: TypeResolveFn<'ActorLink' | 'InstrumentLink' | 'ObligationLink' | 'RootCauseLink' | 'RecommendationLink' | 'ProvisionLink' | 'MeasureLink' | 'SimilarRecommendation', ParentType, ContextType>;
};

export type ActorLinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['ActorLink'] = ResolversParentTypes['ActorLink']> = {
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<ActorLinkEvidenceArgs>>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentLinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['InstrumentLink'] = ResolversParentTypes['InstrumentLink']> = {
  node?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<InstrumentLinkEvidenceArgs>>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObligationLinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['ObligationLink'] = ResolversParentTypes['ObligationLink']> = {
  node?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<ObligationLinkEvidenceArgs>>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RootCauseLinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['RootCauseLink'] = ResolversParentTypes['RootCauseLink']> = {
  node?: Resolver<ResolversTypes['RootCause'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<RootCauseLinkEvidenceArgs>>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecommendationLinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecommendationLink'] = ResolversParentTypes['RecommendationLink']> = {
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<RecommendationLinkEvidenceArgs>>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvisionLinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProvisionLink'] = ResolversParentTypes['ProvisionLink']> = {
  node?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<ProvisionLinkEvidenceArgs>>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureLinkResolvers<ContextType = any, ParentType extends ResolversParentTypes['MeasureLink'] = ResolversParentTypes['MeasureLink']> = {
  node?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<MeasureLinkEvidenceArgs>>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SimilarRecommendationResolvers<ContextType = any, ParentType extends ResolversParentTypes['SimilarRecommendation'] = ResolversParentTypes['SimilarRecommendation']> = {
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  phrases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['OverlapDirection'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<SimilarRecommendationEvidenceArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = any, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType, Partial<SearchHitHighlightsArgs>>;
};

export type HighlightResolvers<ContextType = any, ParentType extends ResolversParentTypes['Highlight'] = ResolversParentTypes['Highlight']> = {
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountKeyResolvers<ContextType = any, ParentType extends ResolversParentTypes['CountKey'] = ResolversParentTypes['CountKey']> = {
  dimension?: Resolver<ResolversTypes['CountDimension'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecommendationCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecommendationCount'] = ResolversParentTypes['RecommendationCount']> = {
  keys?: Resolver<Array<ResolversTypes['CountKey']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecommendationEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecommendationEdge'] = ResolversParentTypes['RecommendationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecommendationConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['RecommendationConnection'] = ResolversParentTypes['RecommendationConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType, Partial<RecommendationConnectionEdgesArgs>>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = any, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  evidenceProvisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<GraphEdgeEvidenceProvisionsArgs>>;
  spans?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = any, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, Partial<SubgraphNodesArgs>>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType, Partial<SubgraphEdgesArgs>>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  omitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  omittedNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  omittedEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = any, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, Partial<PathNodesArgs>>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType, Partial<PathEdgesArgs>>;
};

export type ChainStepResolvers<ContextType = any, ParentType extends ResolversParentTypes['ChainStep'] = ResolversParentTypes['ChainStep']> = {
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<ChainStepEvidenceArgs>>;
};

export type ObligationChainResolvers<ContextType = any, ParentType extends ResolversParentTypes['ObligationChain'] = ResolversParentTypes['ObligationChain']> = {
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  obligation?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  rootCause?: Resolver<Maybe<ResolversTypes['RootCause']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ChainStep']>, ParentType, ContextType, Partial<ObligationChainStepsArgs>>;
};

export type OverlapCellResolvers<ContextType = any, ParentType extends ResolversParentTypes['OverlapCell'] = ResolversParentTypes['OverlapCell']> = {
  a?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, Partial<OverlapCellItemsArgs>>;
};

export type OverlapMatrixResolvers<ContextType = any, ParentType extends ResolversParentTypes['OverlapMatrix'] = ResolversParentTypes['OverlapMatrix']> = {
  dimension?: Resolver<ResolversTypes['OverlapDimension'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, Partial<OverlapMatrixDocumentsArgs>>;
  cells?: Resolver<Array<ResolversTypes['OverlapCell']>, ParentType, ContextType, Partial<OverlapMatrixCellsArgs>>;
};

export type CoverageRowResolvers<ContextType = any, ParentType extends ResolversParentTypes['CoverageRow'] = ResolversParentTypes['CoverageRow']> = {
  concept?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType, Partial<CoverageRowCellsArgs>>;
};

export type CoverageCellResolvers<ContextType = any, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<CoverageCellProvisionsArgs>>;
};

export type CoverageMatrixResolvers<ContextType = any, ParentType extends ResolversParentTypes['CoverageMatrix'] = ResolversParentTypes['CoverageMatrix']> = {
  dimension?: Resolver<ResolversTypes['OverlapDimension'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, Partial<CoverageMatrixDocumentsArgs>>;
  rows?: Resolver<Array<ResolversTypes['CoverageRow']>, ParentType, ContextType, Partial<CoverageMatrixRowsArgs>>;
};

export type LabelCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  label?: Resolver<ResolversTypes['Label'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = any, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byLabel?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType, Partial<GraphStatsByLabelArgs>>;
  byType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType, Partial<GraphStatsByTypeArgs>>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Node']>>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  search?: Resolver<Maybe<ResolversTypes['SearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'mode' | 'first'>>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType, RequireFields<QueryProvisionArgs, 'document' | 'ref'>>;
  documents?: Resolver<Maybe<Array<ResolversTypes['Document']>>, ParentType, ContextType, Partial<QueryDocumentsArgs>>;
  instruments?: Resolver<Maybe<Array<ResolversTypes['Instrument']>>, ParentType, ContextType, Partial<QueryInstrumentsArgs>>;
  obligations?: Resolver<Maybe<Array<ResolversTypes['Obligation']>>, ParentType, ContextType, Partial<QueryObligationsArgs>>;
  actors?: Resolver<Maybe<Array<ResolversTypes['Actor']>>, ParentType, ContextType, Partial<QueryActorsArgs>>;
  rootCauses?: Resolver<Maybe<Array<ResolversTypes['RootCause']>>, ParentType, ContextType, Partial<QueryRootCausesArgs>>;
  measures?: Resolver<Maybe<Array<ResolversTypes['Measure']>>, ParentType, ContextType>;
  recommendations?: Resolver<Maybe<ResolversTypes['RecommendationConnection']>, ParentType, ContextType, RequireFields<QueryRecommendationsArgs, 'first'>>;
  recommendationCounts?: Resolver<Maybe<Array<ResolversTypes['RecommendationCount']>>, ParentType, ContextType, RequireFields<QueryRecommendationCountsArgs, 'groupBy' | 'first'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'id' | 'depth' | 'direction' | 'limit'>>;
  paths?: Resolver<Maybe<Array<ResolversTypes['Path']>>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'to' | 'maxLength' | 'first'>>;
  obligationChains?: Resolver<Maybe<Array<ResolversTypes['ObligationChain']>>, ParentType, ContextType, RequireFields<QueryObligationChainsArgs, 'first'>>;
  overlap?: Resolver<Maybe<ResolversTypes['OverlapMatrix']>, ParentType, ContextType, RequireFields<QueryOverlapArgs, 'dimension'>>;
  coverage?: Resolver<Maybe<ResolversTypes['CoverageMatrix']>, ParentType, ContextType, RequireFields<QueryCoverageArgs, 'dimension'>>;
  similarRecommendations?: Resolver<Maybe<Array<ResolversTypes['SimilarRecommendation']>>, ParentType, ContextType, RequireFields<QuerySimilarRecommendationsArgs, 'id' | 'minScore' | 'first'>>;
  stats?: Resolver<Maybe<ResolversTypes['GraphStats']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  JSON?: GraphQLScalarType;
  Node?: NodeResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  Obligation?: ObligationResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  RootCause?: RootCauseResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  ActorLink?: ActorLinkResolvers<ContextType>;
  InstrumentLink?: InstrumentLinkResolvers<ContextType>;
  ObligationLink?: ObligationLinkResolvers<ContextType>;
  RootCauseLink?: RootCauseLinkResolvers<ContextType>;
  RecommendationLink?: RecommendationLinkResolvers<ContextType>;
  ProvisionLink?: ProvisionLinkResolvers<ContextType>;
  MeasureLink?: MeasureLinkResolvers<ContextType>;
  SimilarRecommendation?: SimilarRecommendationResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Highlight?: HighlightResolvers<ContextType>;
  CountKey?: CountKeyResolvers<ContextType>;
  RecommendationCount?: RecommendationCountResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  ChainStep?: ChainStepResolvers<ContextType>;
  ObligationChain?: ObligationChainResolvers<ContextType>;
  OverlapCell?: OverlapCellResolvers<ContextType>;
  OverlapMatrix?: OverlapMatrixResolvers<ContextType>;
  CoverageRow?: CoverageRowResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  CoverageMatrix?: CoverageMatrixResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

