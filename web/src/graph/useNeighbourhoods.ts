import { useEffect, useState } from 'react';
import { type ApiFailure, gql, toFailure } from '../api/client';
import { NEIGHBOURHOOD } from '../api/queries';
import type { Subgraph } from '../api/types';
import { fetchWhole } from './wholeGraph';
import { WHOLE_KEY, type Workspace, fetchKey } from './workspace';

/** Server-side cap per fetched neighbourhood; the canvas caps again per relationship type. */
const FETCH_LIMIT = 2000;

export interface Neighbourhoods {
  fetched: ReadonlyMap<string, Subgraph>;
  pending: number;
  failure: ApiFailure | null;
}

/** Fetches each expansion's neighbourhood once and keeps it for the session (undo is instant). */
export function useNeighbourhoods(workspace: Workspace): Neighbourhoods {
  const [fetched, setFetched] = useState<ReadonlyMap<string, Subgraph>>(new Map());
  const [inFlight, setInFlight] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  // A key that failed is not retried in a loop; it is retried when the user acts again (workspace changes).
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (workspace) setFailed(new Set());
  }, [workspace]);

  useEffect(() => {
    const missing = workspace.expansions.filter(
      (e) => !fetched.has(fetchKey(e)) && !inFlight.has(fetchKey(e)) && !failed.has(fetchKey(e)),
    );
    const needWhole =
      workspace.whole && !fetched.has(WHOLE_KEY) && !inFlight.has(WHOLE_KEY) && !failed.has(WHOLE_KEY);
    if (needWhole) {
      setInFlight((s) => new Set([...s, WHOLE_KEY]));
      fetchWhole()
        .then(
          (sub) => {
            setFetched((m) => new Map(m).set(WHOLE_KEY, sub));
            setFailure(null);
          },
          (error: unknown) => {
            setFailure(toFailure(error));
            setFailed((f) => new Set([...f, WHOLE_KEY]));
          },
        )
        .finally(() =>
          setInFlight((s) => {
            const next = new Set(s);
            next.delete(WHOLE_KEY);
            return next;
          }),
        );
    }
    if (missing.length === 0) return;
    setInFlight((s) => new Set([...s, ...missing.map(fetchKey)]));
    for (const expansion of missing) {
      const key = fetchKey(expansion);
      const types = expansion.type === null ? null : [expansion.type];
      gql(NEIGHBOURHOOD, { id: expansion.id, types, limit: FETCH_LIMIT })
        .then(
          (data) => {
            setFetched((m) => new Map(m).set(key, data.neighbourhood));
            setFailure(null);
          },
          (error: unknown) => {
            setFailure(toFailure(error));
            setFailed((f) => new Set([...f, key]));
          },
        )
        .finally(() =>
          setInFlight((s) => {
            const next = new Set(s);
            next.delete(key);
            return next;
          }),
        );
    }
  }, [workspace, fetched, inFlight, failed]);

  return { fetched, pending: inFlight.size, failure };
}
