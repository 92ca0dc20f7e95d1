/** The seven kinds of node (ONTOLOGY.md). */
export const Label = {
  Document: 'Document',
  Provision: 'Provision',
  Recommendation: 'Recommendation',
  Obligation: 'Obligation',
  Actor: 'Actor',
  RootCause: 'RootCause',
  Instrument: 'Instrument'
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
  SIMILAR_TO: 'SIMILAR_TO'
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
  INSTRUMENT: 'INSTRUMENT'
} as const;

export type OverlapDimension = typeof OverlapDimension[keyof typeof OverlapDimension];