import type { GraphBundle } from './bundle/schema';
import type { SeedState } from './types';

const count = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort(([a], [b]) => (a < b ? -1 : 1));
};

/** Counts by label and relationship type, as printed at the end of a seed run. */
export function bundleSummary(bundle: GraphBundle): string {
  const labels = count(bundle.nodes.flatMap((n) => n.labels));
  const types = count(bundle.relationships.map((r) => r.type));
  const rows = (xs: Array<[string, number]>) =>
    xs.map(([k, n]) => `  ${k.padEnd(16)} ${String(n).padStart(6)}`);
  return [
    `nodes ${bundle.nodes.length}`,
    ...rows(labels),
    `relationships ${bundle.relationships.length}`,
    ...rows(types),
  ].join('\n');
}

/** One line per document: what the pipeline found in it. */
export function documentSummary(state: SeedState): string[] {
  return state.documents.map((d) => {
    const provisions = d.provisions ?? [];
    const facts = [...(d.facts?.values() ?? [])];
    const n = (k: 'actors' | 'instruments' | 'causes' | 'obligations') =>
      facts.reduce((a, f) => a + f[k].length, 0);
    return `${d.meta.id.padEnd(16)} ${String(provisions.length).padStart(4)} provisions, ${String(d.recommendations?.length ?? 0).padStart(3)} recommendations, ${n('actors')} actor, ${n('instruments')} instrument, ${n('causes')} cause, ${n('obligations')} obligation mentions`;
  });
}
