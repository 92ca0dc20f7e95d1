// Typed reads of node and edge properties. The bundle validates property shapes at load time, so a
// missing or mistyped property is a data fault: readers return null and the GraphQL layer reports the
// field as null (nullable fields) or as a masked error (non-null fields), never a guessed value.
import type { GraphEdge, GraphNode, Properties } from '../store/graph-store';

export const str = (p: Properties, key: string): string | null => {
  const v = p[key];
  return typeof v === 'string' ? v : null;
};

export const num = (p: Properties, key: string): number | null => {
  const v = p[key];
  return typeof v === 'number' ? v : null;
};

export const strList = (p: Properties, key: string): string[] => {
  const v = p[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

export const nodeName = (n: GraphNode): string => str(n.properties, 'name') ?? n.id;

/** Structural relationships (HAS_PROVISION, PART_OF) may carry no method: they are structure. */
export const edgeMethod = (e: GraphEdge): string => str(e.properties, 'method') ?? 'structure';

export const edgeEvidence = (e: GraphEdge): string[] => strList(e.properties, 'evidence');

/** The node at the other end of an edge seen from `from`. */
export const otherEnd = (e: GraphEdge, from: string): string => (e.start === from ? e.end : e.start);
