import { WHOLE_LAYOUT_PATH, type WholeGraphLayout } from '@atlas/server/whole-layout';
import { ApiError } from '../api/client';

export interface WholeLayout {
  positions: ReadonlyMap<string, { x: number; y: number }>;
  community: ReadonlyMap<string, number>;
  communities: number;
}

/**
 * The whole graph's positions and communities, computed by the server once per graph version (in a
 * worker thread there): the page lays nothing out, it only reads them.
 */
export async function fetchWholeLayout(signal: AbortSignal): Promise<WholeLayout> {
  let response: Response;
  try {
    response = await fetch(new URL(WHOLE_LAYOUT_PATH, window.location.href), { signal });
  } catch (error) {
    throw new ApiError({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok)
    throw new ApiError({ kind: 'http', status: response.status, detail: response.statusText });
  const layout = (await response.json()) as WholeGraphLayout;
  return {
    positions: new Map(layout.nodes.map((id, i) => [id, { x: layout.x[i] ?? 0, y: layout.y[i] ?? 0 }])),
    community: new Map(layout.nodes.map((id, i) => [id, layout.community[i] ?? 0])),
    communities: layout.communities,
  };
}
