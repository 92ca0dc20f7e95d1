/** The shapes the explorer reads from the GraphQL API (server/src/graphql/schema.graphql). */
import { NODE_LABELS as LABELS, RELATIONSHIP_TYPES } from '@atlas/graph-seed/vocabulary';

export { LABELS, RELATIONSHIP_TYPES };
export type Label = (typeof LABELS)[number];

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const FORCES = [
  'urges',
  'strongly_urges',
  'calls_upon',
  'encourages',
  'invites',
  'requests',
  'recommends',
  'stresses_the_need',
  'should',
  'must',
  'shall',
] as const;
export type Force = (typeof FORCES)[number];

export const DIMENSIONS = ['OBLIGATION', 'ROOT_CAUSE', 'ACTOR', 'INSTRUMENT'] as const;
export type OverlapDimension = (typeof DIMENSIONS)[number];

/**
 * The API's cap on documents in one overlap (a larger request is BAD_USER_INPUT); the same number as
 * the stores' OVERLAP_MAX_DOCUMENTS, checked by a test.
 */
export const OVERLAP_MAX_DOCUMENTS = 50;
/** How many documents the overlap view compares before the user chooses: a heatmap that stays legible. */
export const OVERLAP_DEFAULT_DOCUMENTS = 12;

export interface GraphNode {
  id: string;
  label: Label;
  name: string;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  method: string | null;
  evidence: string[];
  score: number | null;
  article: string | null;
  /** The words the link rests on ("<provision id>@<start>-<end>"), where the bundle records them. */
  spans?: string[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  omitted: number;
}

export interface DocumentRef {
  id: string;
  name: string;
  symbol: string;
}

export interface ProvisionText {
  id: string;
  ref: string;
  text: string;
  section: string;
  document: DocumentRef;
  /** The chapeau of a sub-item. */
  parent?: { id: string; ref: string; text: string } | null;
}

export interface NamedNode {
  id: string;
  name: string;
  labels: Label[];
}
