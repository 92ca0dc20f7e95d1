import { COVERAGE, OVERLAP } from '../api/queries';
import { DIMENSIONS, type OverlapDimension } from '../api/types';
import { useQuery } from '../api/useQuery';
import type { OverlapQuery } from '../state/viewState';
import { Await, Empty } from '../ui/States';
import { type OverlapCell, cellOf, heat } from './overlap';
import { CellDetail, type Doc } from './OverlapCellDetail';

const DIMENSION_TITLE: Record<OverlapDimension, string> = {
  OBLIGATION: 'Obligations',
  ROOT_CAUSE: 'Root causes',
  ACTOR: 'Actors',
  INSTRUMENT: 'Instruments',
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
  const overlap = useQuery<{ overlap: { documents: Doc[]; cells: OverlapCell[] } }>(OVERLAP, {
    dimension: query.dimension,
  });
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
      <Await state={overlap} what="the overlap matrix">
        {({ overlap: m }) => {
          const max = Math.max(0, ...m.cells.map((c) => c.count));
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
                      const count = cell?.count ?? 0;
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
                            aria-label={`${row.name} and ${col.name}: ${count} shared`}
                            onClick={() => onChange({ ...query, a: row.id, b: col.id })}
                          >
                            {count}
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
      <h3>Coverage: {DIMENSION_TITLE[query.dimension].toLowerCase()} × documents</h3>
      <Await state={coverage} what="the coverage matrix">
        {({ coverage: c }) => {
          const max = Math.max(0, ...c.rows.flatMap((r) => r.counts));
          if (c.rows.length === 0) return <Empty>No concept of this kind is linked yet.</Empty>;
          return (
            <table className="coverage heatmap" aria-label="Coverage matrix">
              <thead>
                <tr>
                  <th scope="col">Concept</th>
                  {c.documents.map((d) => (
                    <th key={d.id} scope="col" title={d.name}>
                      {d.symbol}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {c.rows.map((r) => (
                  <tr key={r.concept.id}>
                    <th scope="row">
                      <button type="button" className="link" onClick={() => onOpen(r.concept.id)}>
                        {r.concept.name}
                      </button>
                    </th>
                    {r.counts.map((n, i) => (
                      <td
                        key={c.documents[i]?.id ?? i}
                        style={{ background: heat(n, max), color: contrast(n, max) }}
                      >
                        {n}
                      </td>
                    ))}
                    <td>{r.total}</td>
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
