// The node labels and relationship types of ONTOLOGY.md, as plain constants with no dependency, so
// the schema, the stores and the explorer's browser bundle all read the one list.
export const NODE_LABELS = [
  'Document',
  'Provision',
  'Recommendation',
  'Obligation',
  'Actor',
  'RootCause',
  'Instrument',
  'Measure',
] as const;
export const RELATIONSHIP_TYPES = [
  'HAS_PROVISION',
  'PART_OF',
  'EMBODIES',
  'STATED_IN',
  'ADDRESSED_TO',
  'MENTIONS',
  'CITES',
  'IMPLEMENTS',
  'ADDRESSES',
  'ARISES_FROM',
  'BINDS',
  'SUPPLEMENTS',
  'RESPONDS_TO',
  'SIMILAR_TO',
  'CALLS_FOR',
] as const;
