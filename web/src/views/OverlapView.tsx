import { useState } from 'react';
import { COVERAGE, DOCUMENTS, OVERLAP } from '../api/queries';
import {
  DIMENSIONS,
  OVERLAP_DEFAULT_DOCUMENTS,
  OVERLAP_MAX_DOCUMENTS,
  type OverlapDimension,
} from '../api/types';
import { useQuery } from '../api/useQuery';
import type { OverlapQuery } from '../state/viewState';
import { Await, Empty } from '../ui/States';
import {
  cellOf,
  heat,
  itemsPerDocument,
  type OverlapCell,
  overlapSelection,
  shareInCommon,
  toggleDocument,
} from './overlap';
import { CellDetail, type Doc } from './OverlapCellDetail';
import { MeasureCluster } from './OverlapMeasureCluster';

const DIMENSION_TITLE: Record<OverlapDimension, string> = {
  OBLIGATION: 'Obligations',
  ROOT_CAUSE: 'Root causes',
  ACTOR: 'Actors',
  INSTRUMENT: 'Instruments',
  MEASURE: 'Measures (what is asked)',
};

const contrast = (count: number, max: number) => (max > 0 && count / max > 0.55 ? '#ffffff' : '#1f2328');

/** Where the documents agree: document × document heatmap, a cell's shared items and recommendations, coverage. */
export function OverlapView({
  query,
  onChange,
  onOpen,
}: {
  query: OverlapQuery;
  onChange: (q: OverlapQuery) => void;
  onOpen: (id: string) => void;
}) {
  const [normalised, setNormalised] = useState(false);
  const [measure, setMeasure] = useState<string | null>(null);
  const docs = useQuery<{ documents: Doc[] }>(DOCUMENTS);
  const all = docs.status === 'ok' ? docs.data.documents.map((d) => d.id) : [];
  const selection = overlapSelection(all, query.docs, OVERLAP_MAX_DOCUMENTS, OVERLAP_DEFAULT_DOCUMENTS);
  const overlap = useQuery<{ overlap: { documents: Doc[]; cells: OverlapCell[] } }>(
    OVERLAP,
    { dimension: query.dimension, documents: selection },
    docs.status !== 'ok',
  );
  const shown = new Set(selection);
  const coverage = useQuery<{
    coverage: {
      documents: Doc[];
      rows: { concept: { id: string; name: string }; counts: number[]; total: number }[];
    };
  }>(COVERAGE, { dimension: query.dimension });
  return (
    <div className="overlap">
      <h2>Overlap between documents</h2>
      <fieldset className="dimension">
        <legend>Shared</legend>
        {DIMENSIONS.map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="dimension"
              checked={query.dimension === d}
              onChange={() => onChange({ ...query, dimension: d })}
            />{' '}
            {DIMENSION_TITLE[d]}
          </label>
        ))}
      </fieldset>
      <Await state={docs} what="the documents">
        {({ documents }) => (
          <DocumentPicker
            documents={documents}
            selection={selection}
            onChange={(ids) => onChange({ ...query, docs: ids, a: null, b: null })}
          />
        )}
      </Await>
      <label className="normalise">
        <input type="checkbox" checked={normalised} onChange={(e) => setNormalised(e.target.checked)} /> Share
        in common (shared ÷ all either has), so documents of different length are told apart
      </label>
      <Await state={overlap} what="the overlap matrix">
        {({ overlap: m }) => {
          // items per document come from coverage; until it is read, counts are shown
          const perDocument =
            normalised && coverage.status === 'ok'
              ? itemsPerDocument(coverage.data.coverage.documents, coverage.data.coverage.rows)
              : null;
          const value = (cell: OverlapCell | undefined, a: string, b: string): number =>
            perDocument === null
              ? (cell?.count ?? 0)
              : shareInCommon(cell?.count ?? 0, perDocument.get(a) ?? 0, perDocument.get(b) ?? 0);
          const max = Math.max(0, ...m.cells.map((c) => value(c, c.a.id, c.b.id)));
          return (
            <table
              className="heatmap"
              aria-label={`Documents × documents: shared ${DIMENSION_TITLE[query.dimension].toLowerCase()}`}
            >
              <thead>
                <tr>
                  <td />
                  {m.documents.map((d) => (
                    <th key={d.id} scope="col" title={d.name}>
                      {d.symbol}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.documents.map((row) => (
                  <tr key={row.id}>
                    <th scope="row" title={row.name}>
                      {row.symbol}
                    </th>
                    {m.documents.map((col) => {
                      if (row.id === col.id)
                        return <td key={col.id} className="diagonal" aria-label="same document" />;
                      const cell = cellOf(m.cells, row.id, col.id);
                      const count = value(cell, row.id, col.id);
                      const shown = perDocument === null ? String(count) : `${Math.round(count * 100)}%`;
                      const open = query.a === row.id && query.b === col.id;
                      return (
                        <td
                          key={col.id}
                          style={{ background: heat(count, max), color: contrast(count, max) }}
                          className={open ? 'open' : undefined}
                        >
                          <button
                            type="button"
                            aria-pressed={open}
                            aria-label={`${row.name} and ${col.name}: ${shown} shared`}
                            onClick={() => onChange({ ...query, a: row.id, b: col.id })}
                          >
                            {shown}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Await>
      {query.a && query.b && overlap.status === 'ok' && (
        <CellDetail
          a={overlap.data.overlap.documents.find((d) => d.id === query.a)}
          b={overlap.data.overlap.documents.find((d) => d.id === query.b)}
          cell={cellOf(overlap.data.overlap.cells, query.a, query.b)}
          onOpen={onOpen}
        />
      )}
      {query.dimension === 'MEASURE' && measure && docs.status === 'ok' && (
        <>
          <h3>One measure across all documents</h3>
          <MeasureCluster measure={measure} documents={docs.data.documents} onOpen={onOpen} />
        </>
      )}
      <h3>Coverage: {DIMENSION_TITLE[query.dimension].toLowerCase()} × documents</h3>
      {query.dimension === 'MEASURE' && (
        <p className="muted">
          Choose a measure to see every recommendation calling for it, in every document.
        </p>
      )}
      <Await state={coverage} what="the coverage matrix">
        {({ coverage: c }) => {
          // the columns of the documents compared above, in the API's order
          const columns = c.documents.flatMap((d, i) => (shown.has(d.id) ? [i] : []));
          const rows = c.rows
            .map((r) => ({ ...r, counts: columns.map((i) => r.counts[i] ?? 0) }))
            .filter((r) => r.counts.some((n) => n > 0));
          const max = Math.max(0, ...rows.flatMap((r) => r.counts));
          if (rows.length === 0) return <Empty>No concept of this kind is linked to these documents.</Empty>;
          return (
            <table className="coverage heatmap" aria-label="Coverage matrix">
              <thead>
                <tr>
                  <th scope="col">Concept</th>
                  {columns
                    .map((i) => c.documents[i] as Doc)
                    .map((d) => (
                      <th key={d.id} scope="col" title={d.name}>
                        {d.symbol}
                      </th>
                    ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.concept.id}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          query.dimension === 'MEASURE' ? setMeasure(r.concept.id) : onOpen(r.concept.id)
                        }
                      >
                        {r.concept.name}
                      </button>
                    </th>
                    {r.counts.map((n, i) => (
                      <td
                        key={c.documents[columns[i] as number]?.id ?? i}
                        style={{ background: heat(n, max), color: contrast(n, max) }}
                      >
                        {n}
                      </td>
                    ))}
                    <td>{r.counts.reduce((a, b) => a + b, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Await>
    </div>
  );
}

/** Which documents the heatmap compares: all of them up to the API's cap, chosen by checkbox. */
function DocumentPicker({
  documents,
  selection,
  onChange,
}: {
  documents: Doc[];
  selection: string[];
  onChange: (ids: string[]) => void;
}) {
  const all = documents.map((d) => d.id);
  const chosen = new Set(selection);
  const full = selection.length >= OVERLAP_MAX_DOCUMENTS;
  return (
    <fieldset className="documents">
      <legend>
        Documents compared ({selection.length} of {documents.length}
        {documents.length > OVERLAP_MAX_DOCUMENTS ? `; at most ${OVERLAP_MAX_DOCUMENTS}` : ''})
      </legend>
      {documents.map((d) => (
        <label key={d.id} title={d.name}>
          <input
            type="checkbox"
            checked={chosen.has(d.id)}
            disabled={full && !chosen.has(d.id)}
            onChange={() => onChange(toggleDocument(all, selection, d.id))}
          />{' '}
          {d.symbol}
        </label>
      ))}
    </fieldset>
  );
}
