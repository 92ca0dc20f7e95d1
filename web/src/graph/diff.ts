import type { CyElement } from './elements';

/** One change to apply to a live cytoscape graph. */
export type PatchOp =
  | { op: 'add'; element: CyElement }
  | { op: 'remove'; id: string }
  | { op: 'data'; id: string; data: CyElement['data'] }
  | { op: 'classes'; id: string; classes: string };

const sameData = (a: CyElement['data'], b: CyElement['data']): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
};

/**
 * The react-cytoscapejs idea, by hand: turn the previous and next element lists into the smallest
 * set of operations, so React props stay declarative and cytoscape keeps positions of what stays.
 * Removals come first, then additions (nodes before edges, so every edge finds its ends), then updates.
 * An edge whose ends changed is removed and added again: cytoscape cannot move an edge.
 */
export function diffElements(prev: readonly CyElement[], next: readonly CyElement[]): PatchOp[] {
  const before = new Map(prev.map((el) => [el.data.id, el]));
  const after = new Map(next.map((el) => [el.data.id, el]));
  const removals: PatchOp[] = [];
  const nodeAdds: PatchOp[] = [];
  const edgeAdds: PatchOp[] = [];
  const updates: PatchOp[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    const moved =
      now &&
      (now.group !== old.group || now.data.source !== old.data.source || now.data.target !== old.data.target);
    if (!now || moved) removals.push({ op: 'remove', id });
  }
  for (const [id, el] of after) {
    const old = before.get(id);
    const moved =
      old &&
      (el.group !== old.group || el.data.source !== old.data.source || el.data.target !== old.data.target);
    if (!old || moved) {
      (el.group === 'nodes' ? nodeAdds : edgeAdds).push({ op: 'add', element: el });
      continue;
    }
    if (!sameData(old.data, el.data)) updates.push({ op: 'data', id, data: el.data });
    if (old.classes !== el.classes) updates.push({ op: 'classes', id, classes: el.classes });
  }
  return [...removals, ...nodeAdds, ...edgeAdds, ...updates];
}
