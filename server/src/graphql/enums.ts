// GraphQL enum names ↔ the graph's own values. GraphQL enum values cannot contain hyphens, so the
// Force values are spelled with underscores in the schema and mapped back here; the overlap dimension
// is singular in the schema (OBLIGATION) and plural in the store contract (obligations).
import type { OverlapDimension } from '../store/graph-store';

export const FORCE_VALUES = {
  urges: 'urges',
  strongly_urges: 'strongly-urges',
  calls_upon: 'calls-upon',
  encourages: 'encourages',
  invites: 'invites',
  requests: 'requests',
  recommends: 'recommends',
  stresses_the_need: 'stresses-the-need',
  should: 'should',
  must: 'must',
  shall: 'shall',
} as const;

export const DIMENSION_VALUES: Record<
  'OBLIGATION' | 'ROOT_CAUSE' | 'ACTOR' | 'INSTRUMENT' | 'MEASURE',
  OverlapDimension
> = {
  OBLIGATION: 'obligations',
  ROOT_CAUSE: 'rootCauses',
  ACTOR: 'actors',
  INSTRUMENT: 'instruments',
  MEASURE: 'measures',
};

export const DIRECTION_VALUES = { OUT: 'out', IN: 'in', BOTH: 'both' } as const;

export const SEARCH_MODE_VALUES = { ALL: 'all', ANY: 'any', PHRASE: 'phrase' } as const;

/** `a_b` ↔ `a-b`, for kinds whose graph values have hyphens. */
const hyphenated = <K extends string>(names: readonly K[]): Record<K, string> =>
  Object.fromEntries(names.map((n) => [n, n.replaceAll('_', '-')])) as Record<K, string>;

export const DOCUMENT_KIND_VALUES = hyphenated([
  'general_recommendation',
  'resolution',
  'report',
  'fact_sheet',
] as const);

export const ACTOR_KIND_VALUES = hyphenated([
  'business',
  'civil_society',
  'country',
  'intergovernmental',
  'justice_sector',
  'media',
  'national_institution',
  'regional_organization',
  'special_procedure',
  'state_group',
  'treaty_body',
  'un_entity',
  'un_organ',
] as const);
