import { useEffect, useState } from 'react';
import { describeFailure, toFailure } from '../api/client';
import { type WholeLayout, fetchWholeLayout } from './wholeLayout';

/**
 * The whole graph's layout, fetched as soon as the whole graph is asked for (beside its data, not
 * after it): null until it arrives.
 */
export function useWholeLayout(wanted: boolean): { layout: WholeLayout | null; error: string | null } {
  const [layout, setLayout] = useState<WholeLayout | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const abort = new AbortController();
    setError(null);
    fetchWholeLayout(abort.signal).then(setLayout, (e: unknown) => {
      if (!abort.signal.aborted) setError(describeFailure(toFailure(e)));
    });
    return () => abort.abort();
  }, [wanted]);
  return { layout: wanted ? layout : null, error };
}
