import type { GraphEdge } from '../api/types';
import { type SpanIndex, indexSpans } from './spans';

/** The words a canvas edge rests on (`spans`, by provision); empty where none were recorded. */
export function edgeSpans(edge: GraphEdge): SpanIndex {
  return indexSpans(edge.spans);
}
