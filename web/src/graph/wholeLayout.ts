import { WHOLE_LAYOUT_PATH, type WholeGraphLayout } from '@atlas/server/whole-layout';
import { getJson } from '../api/client';

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
  const layout = (await getJson(
    new URL(WHOLE_LAYOUT_PATH, window.location.href),
    signal,
  )) as WholeGraphLayout;
  return {
    positions: new Map(layout.nodes.map((id, i) => [id, { x: layout.x[i] ?? 0, y: layout.y[i] ?? 0 }])),
    community: new Map(layout.nodes.map((id, i) => [id, layout.community[i] ?? 0])),
    communities: layout.communities,
  };
}
