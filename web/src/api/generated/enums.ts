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