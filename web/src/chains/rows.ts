import { refOrder } from '../reading/rows';
import type { Chain } from '../views/chains';

/** One recommendation under one obligation, with everything its chains say about it. */
export interface ChainRow {
  key: string;
  obligationId: string;
  obligation: string;
  recommendationId: string;
  symbol: string;
  ref: string;
  order: string;
  text: string;
  force: string;
  /** "Trafficking Protocol art. 6(3)", each once. */
  legalBasis: string[];
  actors: string[];
  rootCauses: string[];
  /** The paragraphs each step rests on, by step: "Legal basis", "Implements", "Addressed to". */
  sources: { step: string; refs: string[] }[];
}

export const CHAIN_SORTS = ['document', 'force'] as const;
export type ChainSort = (typeof CHAIN_SORTS)[number];

const STEP_TITLE: Record<string, string> = {
  ARISES_FROM: 'Legal basis',
  IMPLEMENTS: 'Implements',
  ADDRESSED_TO: 'Addressed to',
  ADDRESSES: 'Root cause',
};

const add = (list: string[], item: string) => (list.includes(item) ? list : [...list, item]);

/** One row per (obligation, recommendation): the chains that differ only by actor or root cause fold into it. */
export function chainRows(chains: readonly Chain[]): ChainRow[] {
  const rows = new Map<string, ChainRow>();
  for (const c of chains) {
    const key = `${c.obligation.id}|${c.recommendation.id}`;
    const row: ChainRow = rows.get(key) ?? {
      key,
      obligationId: c.obligation.id,
      obligation: c.obligation.name,
      recommendationId: c.recommendation.id,
      symbol: c.recommendation.document.symbol,
      ref: c.recommendation.ref,
      order: refOrder(c.recommendation.ref),
      text: c.recommendation.text,
      force: c.recommendation.force.replaceAll('_', ' '),
      legalBasis: [],
      actors: [],
      rootCauses: [],
      sources: [],
    };
    const instrument = c.instrument.shortName ?? c.instrument.name;
    row.legalBasis = add(row.legalBasis, c.article ? `${instrument} art. ${c.article}` : instrument);
    row.actors = add(row.actors, c.actor.name);
    if (c.rootCause) row.rootCauses = add(row.rootCauses, c.rootCause.name);
    for (const step of c.steps) {
      const title = STEP_TITLE[step.type] ?? step.type;
      const refs = step.evidence.map((p) => `${p.document.symbol} para. ${p.ref}`);
      const known = row.sources.find((s) => s.step === title);
      if (known) for (const r of refs) known.refs = add(known.refs, r);
      else row.sources.push({ step: title, refs: [...new Set(refs)] });
    }
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Grouped by obligation (by name), then by the chosen order within each group. */
export function sortChainRows(rows: readonly ChainRow[], sort: ChainSort, descending: boolean): ChainRow[] {
  const within = (a: ChainRow, b: ChainRow) =>
    sort === 'force'
      ? a.force.localeCompare(b.force) || a.symbol.localeCompare(b.symbol) || a.order.localeCompare(b.order)
      : a.symbol.localeCompare(b.symbol) || a.order.localeCompare(b.order);
  return [...rows].sort(
    (a, b) => a.obligation.localeCompare(b.obligation) || (descending ? within(b, a) : within(a, b)),
  );
}
