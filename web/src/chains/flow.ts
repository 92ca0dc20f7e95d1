import type { Chain } from '../views/chains';

/** The five columns of the chain flow, left to right. */
export const COLUMNS = ['Instrument', 'Article', 'Obligation', 'Document', 'Actor'] as const;
export type Column = (typeof COLUMNS)[number];

export interface FlowNode {
  key: string;
  column: number;
  name: string;
  /** Distinct recommendations through the node. */
  recommendations: Set<string>;
}

export interface FlowLink {
  source: string;
  target: string;
  /** The recommendations behind the band; its width is their number. */
  recommendations: Set<string>;
  /** The chain table's rows behind the band (`<obligation id>|<recommendation id>`, chainRows' keys). */
  rows: Set<string>;
}

export interface Flow {
  nodes: FlowNode[];
  links: FlowLink[];
}

/** A chain's five stops: instrument → article → obligation → document → actor. */
function stops(c: Chain, oneInstrument: boolean): { key: string; name: string }[] {
  const instrument = c.instrument.shortName ?? c.instrument.name;
  // Under one instrument "art. 6" says it all; with several, an article names its instrument.
  const article = c.article ? `art. ${c.article}` : 'no article';
  return [
    { key: c.instrument.id, name: instrument },
    {
      key: `art:${c.instrument.id}:${c.article ?? ''}`,
      name: oneInstrument ? article : `${instrument} ${article}`,
    },
    { key: c.obligation.id, name: c.obligation.name },
    { key: c.recommendation.document.id, name: c.recommendation.document.symbol },
    { key: c.actor.id, name: c.actor.name },
  ];
}

/**
 * The chains as a flow: each recommendation counted once per band it passes, whatever the number of
 * root causes it addresses (the root cause is a filter of the query, not a column).
 */
export function chainFlow(chains: readonly Chain[]): Flow {
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  const oneInstrument = new Set(chains.map((c) => c.instrument.id)).size === 1;
  for (const c of chains) {
    const path = stops(c, oneInstrument);
    path.forEach((stop, column) => {
      const node = nodes.get(stop.key) ?? { ...stop, column, recommendations: new Set<string>() };
      node.recommendations.add(c.recommendation.id);
      nodes.set(stop.key, node);
    });
    for (let i = 0; i + 1 < path.length; i++) {
      const source = path[i]?.key as string;
      const target = path[i + 1]?.key as string;
      const key = `${source}→${target}`;
      const link = links.get(key) ?? {
        source,
        target,
        recommendations: new Set<string>(),
        rows: new Set<string>(),
      };
      link.recommendations.add(c.recommendation.id);
      link.rows.add(`${c.obligation.id}|${c.recommendation.id}`);
      links.set(key, link);
    }
  }
  const order = (a: FlowNode, b: FlowNode) =>
    a.column - b.column || b.recommendations.size - a.recommendations.size || a.name.localeCompare(b.name);
  return { nodes: [...nodes.values()].sort(order), links: [...links.values()] };
}
