import { Fragment, useState } from 'react';
import { pageOf } from '../reading/rows';
import { CHAIN_SORTS, type ChainRow, type ChainSort, sortChainRows } from './rows';
import { Pager } from '../ui/Pager';

const PAGE_SIZE = 25;
const SORT_TITLE: Record<ChainSort, string> = { document: 'Document and paragraph', force: 'Force' };

/** The chains' recommendations grouped by obligation: one row each, with its text and labelled sources. */
export function ChainTable({ rows, onOpen }: { rows: readonly ChainRow[]; onOpen: (id: string) => void }) {
  const [sort, setSort] = useState<ChainSort>('document');
  const [descending, setDescending] = useState(false);
  const [page, setPage] = useState(0);
  const sorted = sortChainRows(rows, sort, descending);
  const shown = pageOf(sorted, page, PAGE_SIZE);
  const at = Math.min(page, shown.pages - 1);
  return (
    <section className="chain-rows" aria-label="Recommendations of the chains">
      <div className="reading-controls">
        <label>
          Sort within each obligation by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as ChainSort)}>
            {CHAIN_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_TITLE[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={descending} onClick={() => setDescending((d) => !d)}>
          {descending ? 'Descending' : 'Ascending'}
        </button>
        <span className="muted">
          {rows.length} recommendation{rows.length === 1 ? '' : 's'} under{' '}
          {new Set(rows.map((r) => r.obligationId)).size} obligations
        </span>
      </div>
      <div className="scroll-x">
        <table className="chain-table" aria-label="Obligation chains">
          <thead>
            <tr>
              <th scope="col">Recommendation</th>
              <th scope="col">Text</th>
              <th scope="col">Force</th>
              <th scope="col">Legal basis</th>
              <th scope="col">Addressed to</th>
              <th scope="col">Root causes</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((row, i) => (
              <Fragment key={row.key}>
                {(i === 0 || shown.rows[i - 1]?.obligationId !== row.obligationId) && (
                  <tr className="group">
                    <th scope="colgroup" colSpan={7}>
                      {row.obligation}
                    </th>
                  </tr>
                )}
                <tr>
                  <td>
                    <button type="button" className="link" onClick={() => onOpen(row.recommendationId)}>
                      {row.symbol} para. {row.ref}
                    </button>
                  </td>
                  <td className="text">{row.text}</td>
                  <td>{row.force}</td>
                  <td>{row.legalBasis.join('; ')}</td>
                  <td>{row.actors.join('; ')}</td>
                  <td>{row.rootCauses.join('; ')}</td>
                  <td>
                    <dl className="sources">
                      {row.sources.map((s) => (
                        <div key={s.step}>
                          <dt>{s.step}</dt>
                          <dd>{s.refs.join('; ') || '—'}</dd>
                        </div>
                      ))}
                    </dl>
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <Pager at={at} pages={shown.pages} label="Pages of chains" onPage={setPage} />
    </section>
  );
}
