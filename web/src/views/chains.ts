import type { ChainsQuery } from '../api/generated/graphql';
import type { GraphEdge, GraphNode, Label } from '../api/types';
import type { ViewGraph } from '../graph/compose';

export interface ChainEnd {
  id: string;
  name: string;
}

export type Chain = NonNullable<ChainsQuery['obligationChains']>[number];

/** Above this many recommendations, the layered graph groups them per document and obligation. */
export const GROUP_ABOVE = 30;

/**
 * The chains as one layered graph: instrument → obligation → recommendation → actor (and root cause).
 * Shared nodes are drawn once, so converging chains show as converging paths. Many chains would make
 * the recommendation layer a wall, so past GROUP_ABOVE the recommendations of one document that
 * implement one obligation become one node ("A/RES/77/194 ×7"); the table keeps every chain.
 */
export function chainsToGraph(chains: readonly Chain[]): ViewGraph {
  const grouped = new Set(chains.map((c) => c.recommendation.id)).size > GROUP_ABOVE;
  const counts = new Map<string, Set<string>>();
  const groupOf = (c: Chain): string => `recs:${c.recommendation.document.id}:${c.obligation.id}`;
  if (grouped) {
    for (const c of chains)
      counts.set(groupOf(c), (counts.get(groupOf(c)) ?? new Set()).add(c.recommendation.id));
  }
  const recNode = (c: Chain): ChainEnd =>
    grouped
      ? { id: groupOf(c), name: `${c.recommendation.document.symbol} ×${counts.get(groupOf(c))?.size ?? 0}` }
      : { id: c.recommendation.id, name: `${c.recommendation.document.symbol} ${c.recommendation.ref}` };
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const put = (end: ChainEnd, label: Label, properties: Record<string, unknown> = {}) =>
    nodes.set(end.id, { id: end.id, label, name: end.name, properties });
  for (const chain of chains) {
    put({ id: chain.instrument.id, name: chain.instrument.shortName ?? chain.instrument.name }, 'Instrument');
    put(chain.obligation, 'Obligation');
    const rec = recNode(chain);
    put(rec, 'Recommendation', { documentId: chain.recommendation.document.id });
    put(chain.actor, 'Actor');
    if (chain.rootCause) put(chain.rootCause, 'RootCause');
    const end = (id: string) => (id === chain.recommendation.id ? rec.id : id);
    for (const step of chain.steps) {
      const id = `${step.type}:${end(step.from)}->${end(step.to)}`;
      const known = edges.get(id);
      edges.set(id, {
        id,
        type: step.type,
        source: end(step.from),
        target: end(step.to),
        method: step.method,
        evidence: [...new Set([...(known?.evidence ?? []), ...step.evidence.map((p) => p.id)])],
        score: null,
        article: step.type === 'ARISES_FROM' ? chain.article : null,
      });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], more: [] };
}

const ref = (step: Chain['steps'][number] | undefined): string =>
  step ? step.evidence.map((p) => `${p.document.symbol} ${p.ref}`).join('; ') : '';

/** One table row per chain: instrument · article · obligation · recommendation · actor · source ref. */
export function chainRows(chains: readonly Chain[]) {
  return chains.map((c) => ({
    key: `${c.instrument.id}|${c.obligation.id}|${c.recommendation.id}|${c.actor.id}|${c.rootCause?.id ?? ''}`,
    instrument: c.instrument.shortName ?? c.instrument.name,
    article: c.article ?? '',
    obligation: c.obligation.name,
    recommendation: `${c.recommendation.document.symbol} para. ${c.recommendation.ref}`,
    recommendationId: c.recommendation.id,
    force: c.recommendation.force.replaceAll('_', ' '),
    actor: c.actor.name,
    rootCause: c.rootCause?.name ?? '',
    source: [
      ref(c.steps.find((s) => s.type === 'ARISES_FROM')),
      ref(c.steps.find((s) => s.type === 'IMPLEMENTS')),
      ref(c.steps.find((s) => s.type === 'ADDRESSED_TO')),
    ]
      .filter(Boolean)
      .join(' | '),
  }));
}
