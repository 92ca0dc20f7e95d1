import { useEffect, useState } from 'react';
import type { Subgraph } from '../api/types';
import { type WholeLayout, layoutInWorker } from './wholeLayout';

/** The whole graph's worker layout: null until its positions arrive. */
export function useWholeLayout(graph: Subgraph | undefined): {
  layout: WholeLayout | null;
  error: string | null;
} {
  const [layout, setLayout] = useState<WholeLayout | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setLayout(null);
    setError(null);
    if (!graph) return;
    return layoutInWorker(graph, setLayout, (e) => setError(e.message));
  }, [graph]);
  return { layout, error };
}
