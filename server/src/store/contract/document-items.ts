// Overlap and coverage are both derived from one relation: (document, item, provision) — the item
// (obligation, root cause, actor or instrument) is linked to the document through that provision.
// Each store produces the triples its own way; this module turns them into the answers, so the
// aggregation (and its order) is the same code on both.
//   obligations: a recommendation stated in the provision IMPLEMENTS it, or it is STATED_IN the provision
//   rootCauses:  the provision MENTIONS it, or a recommendation stated there ADDRESSES it
//   actors:      the provision MENTIONS it, or a recommendation stated there is ADDRESSED_TO it
//   instruments: the provision CITES it
import type { NodeLabel } from '../bundle';
import type { Coverage, Overlap, OverlapDimension } from '../graph-store';
import { compareStrings, compareTuples, sortedUnique } from './ordering';

export interface DocumentItem {
  document: string;
  item: string;
  provision: string;
}

export const DIMENSION_LABEL: Record<OverlapDimension, NodeLabel> = {
  obligations: 'Obligation',
  rootCauses: 'RootCause',
  actors: 'Actor',
  instruments: 'Instrument',
};

function itemsByDocument(triples: readonly DocumentItem[]): Map<string, Set<string>> {
  const byDoc = new Map<string, Set<string>>();
  for (const t of triples) {
    const items = byDoc.get(t.document) ?? new Set<string>();
    items.add(t.item);
    byDoc.set(t.document, items);
  }
  return byDoc;
}

export function overlapOf(documents: readonly string[], triples: readonly DocumentItem[]): Overlap {
  const docs = sortedUnique(documents);
  const byDoc = itemsByDocument(triples);
  const cells: Overlap['cells'] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i] as string;
      const b = docs[j] as string;
      const bItems = byDoc.get(b) ?? new Set<string>();
      const shared = [...(byDoc.get(a) ?? [])].filter((x) => bItems.has(x)).sort(compareStrings);
      cells.push({ a, b, shared });
    }
  }
  return { documents: docs, cells };
}

export function coverageOf(
  items: readonly string[],
  documents: readonly string[],
  triples: readonly DocumentItem[],
): Coverage {
  const cells = new Map<string, { item: string; document: string; provisions: Set<string> }>();
  for (const t of triples) {
    const key = `${t.item}\u0000${t.document}`;
    const cell = cells.get(key) ?? { item: t.item, document: t.document, provisions: new Set<string>() };
    cell.provisions.add(t.provision);
    cells.set(key, cell);
  }
  return {
    items: sortedUnique(items),
    documents: sortedUnique(documents),
    cells: [...cells.values()]
      .map((c) => ({ item: c.item, document: c.document, provisions: sortedUnique(c.provisions) }))
      .sort((x, y) => compareTuples([x.item, x.document], [y.item, y.document])),
  };
}
