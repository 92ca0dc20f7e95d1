import { csvOf } from '../export/csv';

/** One text of a reading list: a recommendation, or a provision that mentions, cites or states the concept. */
export interface ReadingRow {
  id: string;
  kind: 'Recommendation' | 'Provision';
  documentId: string;
  symbol: string;
  ref: string;
  /** Position of the paragraph in its document: sorts "9" before "10" and "54(b)" after "54". */
  order: string;
  force: string | null;
  addressees: string[];
  text: string;
  /** The chapeau of a sub-item ("States parties should:"), without which the item reads as a fragment. */
  leadIn: string | null;
  section: string;
  /** The provision whose offsets the link spans use. */
  provisionId: string;
}

export const SORTS = ['document', 'force', 'kind'] as const;
export type ReadingSort = (typeof SORTS)[number];

export interface ReadingQuery {
  documents: readonly string[];
  forces: readonly string[];
  sort: ReadingSort;
  descending: boolean;
}

/** "54(b)" → "000054(b)", "pp3" → "pp000003": paragraph refs in the document's own order. */
export const refOrder = (ref: string): string => ref.replace(/\d+/g, (d) => d.padStart(6, '0'));

const byDocument = (a: ReadingRow, b: ReadingRow) =>
  a.symbol.localeCompare(b.symbol) || a.order.localeCompare(b.order) || a.kind.localeCompare(b.kind);

const COMPARE: Record<ReadingSort, (a: ReadingRow, b: ReadingRow) => number> = {
  document: byDocument,
  force: (a, b) => (a.force ?? '~').localeCompare(b.force ?? '~') || byDocument(a, b),
  kind: (a, b) => b.kind.localeCompare(a.kind) || byDocument(a, b),
};

/** The rows the query keeps (a force filter keeps recommendations only), in its order. */
export function selectRows(rows: readonly ReadingRow[], query: ReadingQuery): ReadingRow[] {
  const kept = rows.filter(
    (r) =>
      (query.documents.length === 0 || query.documents.includes(r.documentId)) &&
      (query.forces.length === 0 || (r.force !== null && query.forces.includes(r.force))),
  );
  const sorted = kept.sort(COMPARE[query.sort]);
  return query.descending ? sorted.reverse() : sorted;
}

export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(at * size, (at + 1) * size), pages };
}

/** The list as CSV, with the verbatim text (and the lead-in of a sub-item) in its own columns. */
export function readingCSV(rows: readonly ReadingRow[]): string {
  return csvOf([
    ['kind', 'document', 'paragraph', 'force', 'addressees', 'lead_in', 'text', 'section', 'id'],
    ...rows.map((r) => [
      r.kind,
      r.symbol,
      r.ref,
      (r.force ?? '').replaceAll('_', ' '),
      r.addressees.join('; '),
      r.leadIn ?? '',
      r.text,
      r.section,
      r.id,
    ]),
  ]);
}
