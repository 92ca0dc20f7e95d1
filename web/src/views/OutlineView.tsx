import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { LABELS } from '../api/types';
import type { ViewGraph } from '../graph/compose';
import { LABEL_STYLE } from '../graph/palette';
import { typeTitle } from '../graph/relations';

/**
 * The accessible twin of the canvas: the same nodes as a table grouped by label, each row with its
 * links spelled out (each link a button that selects the edge and shows its evidence). Arrow keys move between rows, Enter or Space selects; the selection is shared
 * with the canvas in both directions.
 */
export function OutlineView({
  view,
  selected,
  onSelect,
}: {
  view: ViewGraph;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const table = useRef<HTMLTableElement>(null);
  const [showAll, setAll] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  const every = LABELS.flatMap((label) => view.nodes.filter((n) => n.label === label));
  const linksOf = new Map<string, typeof view.edges>();
  for (const e of view.edges) {
    for (const end of [e.source, e.target]) {
      const list = linksOf.get(end) ?? [];
      list.push(e);
      linksOf.set(end, list);
    }
  }
  // The whole graph would be thousands of rows: show the first ROW_CAP (and the selected one) until asked.
  const ordered =
    showAll || every.length <= ROW_CAP ? every : every.filter((n, i) => i < ROW_CAP || n.id === selected);

  useEffect(() => {
    if (!selected) return;
    const rows = table.current?.querySelectorAll<HTMLElement>('tr[data-id]') ?? [];
    const row = [...rows].find((r) => r.dataset.id === selected);
    // Scroll the table's own box only: choosing a node on the canvas must not move the page.
    const box = table.current?.closest<HTMLElement>('.outline-wrap');
    if (!row || !box) return;
    const top = row.offsetTop - box.scrollTop;
    if (top < 0 || top + row.offsetHeight > box.clientHeight)
      box.scrollTop = row.offsetTop - box.clientHeight / 3;
  }, [selected]);

  const onKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const rows = table.current?.querySelectorAll<HTMLElement>('tbody tr') ?? [];
    const move = (i: number) => rows[Math.max(0, Math.min(rows.length - 1, i))]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') onSelect(ordered[index]?.id ?? '');
    else return;
    event.preventDefault();
  };

  if (ordered.length === 0) return <p className="state empty">Nothing on the canvas yet.</p>;
  return (
    <>
      <table ref={table} className="outline" aria-label="Graph as a table (synced with the canvas)">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Name</th>
            <th scope="col">Links</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((node, index) => {
            const all = linksOf.get(node.id) ?? [];
            // A hub has hundreds of links: the first LINK_CAP are listed, the rest are counted.
            const links = expanded.has(node.id) ? all : all.slice(0, LINK_CAP);
            const isSelected = node.id === selected;
            return (
              <tr
                key={node.id}
                data-id={node.id}
                tabIndex={isSelected || (selected === null && index === 0) ? 0 : -1}
                aria-selected={isSelected}
                className={isSelected ? 'selected' : undefined}
                onClick={() => onSelect(node.id)}
                onKeyDown={(event) => onKey(event, index)}
              >
                <td>{LABEL_STYLE[node.label].legend}</td>
                <th scope="row">{node.name}</th>
                <td>
                  {links.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="links">
                      {links.map((e) => (
                        <li key={e.id}>
                          <button
                            type="button"
                            className={`link${e.id === selected ? ' selected' : ''}`}
                            onClick={(event) => {
                              event.stopPropagation();
                              onSelect(e.id);
                            }}
                          >
                            {/* The accessible name is the visible words with what they are a link of in front. */}
                            <span className="visually-hidden">
                              Link: {e.source === node.id ? `${names.get(e.source) ?? e.source} ` : ''}
                            </span>
                            {e.source === node.id
                              ? `${typeTitle(e.type)} → ${names.get(e.target) ?? e.target}`
                              : `← ${typeTitle(e.type)} ${names.get(e.source) ?? e.source}`}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  {links.length < all.length && (
                    <button
                      type="button"
                      className="link"
                      onClick={(event) => {
                        event.stopPropagation();
                        setExpanded((s) => new Set([...s, node.id]));
                      }}
                    >
                      and {all.length - links.length} more links
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ordered.length < every.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {every.length} rows
        </button>
      )}
    </>
  );
}

const ROW_CAP = 150;
const LINK_CAP = 12;
