import { useEffect, useState } from 'react';
import { gql } from '../api/client';
import { features } from '../api/features';
import { EDGE_SPANS } from '../api/reading';
import type { GraphEdge } from '../api/types';
import { type SpanIndex, indexSpans } from './spans';

const NONE: SpanIndex = new Map();

/**
 * The words a canvas edge rests on: from the edge itself (the whole graph's bundle), else asked of the
 * API where its canvas edges carry them; otherwise the evidence shows unmarked.
 */
export function useEdgeSpans(edge: GraphEdge): SpanIndex {
  const [asked, setAsked] = useState<SpanIndex>(NONE);
  const own = edge.spans;
  useEffect(() => {
    setAsked(NONE);
    if (own) return;
    let live = true;
    features()
      .then(async (f) => {
        if (!f.edgeSpans) return;
        const data = await gql<{ neighbourhood: { edges: { id: string; spans?: string[] }[] } }>(EDGE_SPANS, {
          id: edge.source,
          types: [edge.type],
        });
        const found = data.neighbourhood.edges.find((e) => e.id === edge.id);
        if (live && found?.spans) setAsked(indexSpans(found.spans));
      })
      // Marks are a help, not the content: a failure leaves the evidence unmarked.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [edge.id, edge.source, edge.type, own]);
  return own ? indexSpans(own) : asked;
}
