import type { Force, GraphNode, Label } from '../api/types';

/** What the canvas hides. Empty document/force lists mean "all". */
export interface Filters {
  hiddenLabels: Label[];
  documents: string[];
  forces: Force[];
  /** Nodes with fewer links on the canvas are hidden (0: none hidden); thins the whole graph. */
  minDegree: number;
}

export const NO_FILTERS: Filters = { hiddenLabels: [], documents: [], forces: [], minDegree: 0 };

/** The API's properties use the ontology's spelling (`strongly-urges`); the enum uses underscores. */
export function forceOf(node: GraphNode): Force | null {
  const raw = node.properties.force;
  return typeof raw === 'string' ? (raw.replaceAll('-', '_') as Force) : null;
}

export function documentOf(node: GraphNode): string | null {
  if (node.label === 'Document') return node.id;
  const raw = node.properties.documentId;
  return typeof raw === 'string' ? raw : null;
}

export function passesFilters(node: GraphNode, filters: Filters): boolean {
  if (filters.hiddenLabels.includes(node.label)) return false;
  const doc = documentOf(node);
  if (filters.documents.length > 0 && doc !== null && !filters.documents.includes(doc)) return false;
  const force = forceOf(node);
  if (
    filters.forces.length > 0 &&
    node.label === 'Recommendation' &&
    (force === null || !filters.forces.includes(force))
  )
    return false;
  return true;
}
