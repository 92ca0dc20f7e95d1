// Overlap and coverage are both derived from one relation: (document, item, provision) — the item
// (obligation, root cause, actor or instrument) is linked to the document through that provision.
// Each store produces the triples its own way; this module indexes them and turns them into the
// answers, so the aggregation (and its order) is the same code on both.
//   obligations: a recommendation stated in the provision IMPLEMENTS it, or it is STATED_IN the provision
//   rootCauses:  the provision MENTIONS it, or a recommendation stated there ADDRESSES it
//   actors:      the provision MENTIONS it, or a recommendation stated there is ADDRESSED_TO it
//   instruments: the provision CITES it
//   measures:    a recommendation stated in the provision CALLS_FOR it
import type { NodeLabel } from '../bundle';
import type { Coverage, Overlap, OverlapDimension } from '../graph-store';
import { invalidArgument } from '../store-error';
import { OVERLAP_MAX_DOCUMENTS } from './limits';
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
  measures: 'Measure',
};

export { OVERLAP_MAX_DOCUMENTS };

/** INVALID_ARGUMENT when an overlap would compare more than OVERLAP_MAX_DOCUMENTS documents. */
export function checkOverlapSize(documents: number, named: boolean): void {
  if (documents <= OVERLAP_MAX_DOCUMENTS) return;
  throw invalidArgument(
    named
      ? `overlap compares at most ${OVERLAP_MAX_DOCUMENTS} documents, ${documents} named`
      : `the graph has ${documents} documents: name at most ${OVERLAP_MAX_DOCUMENTS} to compare`,
  );
}

/** document → item → provisions linking them: built once from the triples, read by both answers. */
export type DocumentItemIndex = Map<string, Map<string, Set<string>>>;

export function indexTriples(triples: Iterable<DocumentItem>): DocumentItemIndex {
  const index: DocumentItemIndex = new Map();
  for (const t of triples) {
    let items = index.get(t.document);
    if (items === undefined) {
      items = new Map();
      index.set(t.document, items);
    }
    let provisions = items.get(t.item);
    if (provisions === undefined) {
      provisions = new Set();
      items.set(t.item, provisions);
    }
    provisions.add(t.provision);
  }
  return index;
}

/**
 * Cells of every pair of `documents`. Work is proportional to the answer: each item is added to
 * the cells of the pairs of documents holding it (an inverted index item → documents), never
 * pairs × items.
 */
export function overlapOf(documents: readonly string[], index: DocumentItemIndex): Overlap {
  const docs = sortedUnique(documents);
  const n = docs.length;
  const holders = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    for (const item of index.get(doc)?.keys() ?? []) {
      const at = holders.get(item);
      if (at === undefined) holders.set(item, [i]);
      else at.push(i);
    }
  });
  // cell of pair (i, j), i < j, in row-major order of the upper triangle
  const cellAt = (i: number, j: number): number => i * n - (i * (i + 1)) / 2 + (j - i - 1);
  const shared: string[][] = Array.from({ length: (n * (n - 1)) / 2 }, () => []);
  for (const item of [...holders.keys()].sort(compareStrings)) {
    const at = holders.get(item) as number[];
    for (let x = 0; x < at.length; x++) {
      for (let y = x + 1; y < at.length; y++) shared[cellAt(at[x] as number, at[y] as number)]?.push(item);
    }
  }
  const cells: Overlap['cells'] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      cells.push({ a: docs[i] as string, b: docs[j] as string, shared: shared[cellAt(i, j)] as string[] });
    }
  }
  return { documents: docs, cells };
}

export function coverageOf(
  items: readonly string[],
  documents: readonly string[],
  index: DocumentItemIndex,
): Coverage {
  const cells: Coverage['cells'] = [];
  for (const [document, byItem] of index) {
    for (const [item, provisions] of byItem)
      cells.push({ item, document, provisions: sortedUnique(provisions) });
  }
  return {
    items: sortedUnique(items),
    documents: sortedUnique(documents),
    cells: cells.sort((x, y) => compareTuples([x.item, x.document], [y.item, y.document])),
  };
}
