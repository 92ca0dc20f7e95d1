import type { GraphEdge, GraphNode, Label, RelationshipType } from '../api/types';
import type { ViewGraph } from '../graph/compose';

export interface ChainEnd {
  id: string;
  name: string;
}

export interface Chain {
  article: string | null;
  instrument: ChainEnd & { shortName: string | null };
  obligation: ChainEnd;
  recommendation: ChainEnd & {
    ref: string;
    force: string;
    text: string;
    document: { id: string; name: string; symbol: string };
  };
  actor: ChainEnd;
  rootCause: ChainEnd | null;
  steps: {
    type: RelationshipType;
    from: string;
    to: string;
    method: string;
    evidence: { id: string; ref: string; document: { symbol: string } }[];
  }[];
}

/**
 * The chains as one layered graph: instrument → obligation → recommendation → actor (and root cause).
 * Shared nodes are drawn once, so converging chains show as converging paths.
 */
export function chainsToGraph(chains: readonly Chain[]): ViewGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const put = (end: ChainEnd, label: Label, properties: Record<string, unknown> = {}) =>
    nodes.set(end.id, { id: end.id, label, name: end.name, properties });
  for (const chain of chains) {
    put({ id: chain.instrument.id, name: chain.instrument.shortName ?? chain.instrument.name }, 'Instrument');
    put(chain.obligation, 'Obligation');
    put(
      {
        id: chain.recommendation.id,
        name: `${chain.recommendation.document.symbol} ${chain.recommendation.ref}`,
      },
      'Recommendation',
      {
        documentId: chain.recommendation.document.id,
      },
    );
    put(chain.actor, 'Actor');
    if (chain.rootCause) put(chain.rootCause, 'RootCause');
    for (const step of chain.steps) {
      const id = `${step.type}:${step.from}->${step.to}`;
      edges.set(id, {
        id,
        type: step.type,
        source: step.from,
        target: step.to,
        method: step.method,
        evidence: step.evidence.map((p) => p.id),
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
