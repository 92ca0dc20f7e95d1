import type { Label, RelationshipType } from '../api/types';

/** The relationship types a node of each label takes part in (ONTOLOGY.md), for "expand by type". */
export const TYPES_BY_LABEL: Record<Label, RelationshipType[]> = {
  Document: ['HAS_PROVISION', 'EMBODIES', 'RESPONDS_TO'],
  Provision: ['HAS_PROVISION', 'PART_OF', 'STATED_IN', 'MENTIONS', 'CITES'],
  Recommendation: ['STATED_IN', 'ADDRESSED_TO', 'IMPLEMENTS', 'ADDRESSES', 'CALLS_FOR', 'SIMILAR_TO'],
  Obligation: ['IMPLEMENTS', 'ARISES_FROM', 'BINDS', 'STATED_IN'],
  Actor: ['ADDRESSED_TO', 'MENTIONS', 'BINDS'],
  RootCause: ['ADDRESSES', 'MENTIONS'],
  Instrument: ['ARISES_FROM', 'CITES', 'SUPPLEMENTS', 'EMBODIES', 'RESPONDS_TO'],
  Measure: ['CALLS_FOR'],
};

export const typeTitle = (type: RelationshipType): string => type.toLowerCase().replaceAll('_', ' ');
