import { useMemo, useState } from 'react';
import { FORCES, type Force } from '../api/types';
import { download } from '../export/download';
import type { Filters } from '../graph/filters';
import { ErrorNotice, Loading } from '../ui/States';
import { Marked } from './Marked';
import { type ReadingSort, SORTS, pageOf, readingCSV, selectRows } from './rows';
import { useReading } from './useReading';
import { Pager } from '../ui/Pager';

const PAGE_SIZE = 20;
const SORT_TITLE: Record<ReadingSort, string> = {
  document: 'Document and paragraph',
  force: 'Force',
  kind: 'Recommendations first',
};

const forceTitle = (force: string) => force.replaceAll('_', ' ');

/**
 * A concept's texts, first: every recommendation and provision linked to it, verbatim, with document
 * symbol, paragraph, force and addressees. The document and force choices are the canvas's own
 * filters, so the list and the canvas always show the same slice; a row shows its node on the canvas.
 */
export function ReadingList({
  id,
  selected,
  filters,
  onFilters,
  onPick,
  onClose,
}: {
  id: string;
  selected: string | null;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const reading = useReading(id);
  const [sort, setSort] = useState<ReadingSort>('document');
  const [descending, setDescending] = useState(false);
  const [page, setPage] = useState(0);
  const rows = useMemo(
    () =>
      reading.status === 'ok'
        ? selectRows(reading.rows, {
            documents: filters.documents,
            forces: filters.forces,
            sort,
            descending,
          })
        : [],
    [reading, filters.documents, filters.forces, sort, descending],
  );
  if (reading.status === 'loading') return <Loading what="the texts" />;
  if (reading.status === 'error') return <ErrorNotice failure={reading.failure} />;
  const documents = [...new Map(reading.rows.map((r) => [r.documentId, r.symbol]))].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const forces = FORCES.filter((f) => reading.rows.some((r) => r.force === f));
  const shown = pageOf(rows, page, PAGE_SIZE);
  const at = Math.min(page, shown.pages - 1);
  const recs = rows.filter((r) => r.kind === 'Recommendation').length;
  return (
    <section className="reading" aria-labelledby="reading-title">
      <div className="reading-head">
        <h2 id="reading-title">Texts of {reading.name}</h2>
        <button type="button" onClick={onClose}>
          Close list
        </button>
      </div>
      <p className="muted">
        {recs} recommendation{recs === 1 ? '' : 's'} and {rows.length - recs} provision
        {rows.length - recs === 1 ? '' : 's'}
        {rows.length < reading.rows.length ? ` (of ${reading.rows.length}, filtered)` : ''}
        {reading.spans.size > 0 ? ' · the words each link rests on are marked' : ''}
      </p>
      <div className="reading-controls">
        <label>
          Document{' '}
          <select
            value={filters.documents.length === 1 ? filters.documents[0] : ''}
            onChange={(e) => {
              setPage(0);
              onFilters({ ...filters, documents: e.target.value ? [e.target.value] : [] });
            }}
          >
            <option value="">all</option>
            {documents.map(([docId, symbol]) => (
              <option key={docId} value={docId}>
                {symbol}
              </option>
            ))}
          </select>
        </label>
        <label>
          Force{' '}
          <select
            value={filters.forces.length === 1 ? filters.forces[0] : ''}
            onChange={(e) => {
              setPage(0);
              onFilters({ ...filters, forces: e.target.value ? [e.target.value as Force] : [] });
            }}
          >
            <option value="">all</option>
            {forces.map((f) => (
              <option key={f} value={f}>
                {forceTitle(f)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as ReadingSort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_TITLE[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={descending} onClick={() => setDescending((d) => !d)}>
          {descending ? 'Descending' : 'Ascending'}
        </button>
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() =>
            download(`atlas-texts-${id.replace(/[^\w-]+/g, '_')}.csv`, readingCSV(rows), 'text/csv')
          }
        >
          CSV with text
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="state empty">No text of this concept passes the filters.</p>
      ) : (
        <ol className="reading-rows" aria-label={`Texts of ${reading.name}`}>
          {shown.rows.map((row) => (
            <li key={row.id} className={row.id === selected ? 'selected' : undefined}>
              <div className="reading-meta">
                <span className={`badge ${row.kind}`}>{row.kind}</span>{' '}
                <cite>
                  {row.symbol}, para. {row.ref}
                </cite>
                {row.force && <span className="force"> · {forceTitle(row.force)}</span>}
                {row.addressees.length > 0 && (
                  <span className="muted"> · to {row.addressees.join(', ')}</span>
                )}
              </div>
              {row.leadIn && <p className="lead-in">{row.leadIn}</p>}
              <blockquote>
                <Marked text={row.text} ranges={reading.spans.get(row.provisionId)} />
              </blockquote>
              <button type="button" className="link" onClick={() => onPick(row.id)}>
                Show {row.symbol} {row.ref} on the canvas
              </button>
            </li>
          ))}
        </ol>
      )}
      <Pager at={at} pages={shown.pages} label="Pages of texts" onPage={setPage} />
    </section>
  );
}
