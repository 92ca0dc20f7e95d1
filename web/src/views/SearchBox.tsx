import { useEffect, useId, useRef, useState } from 'react';
import { type ApiFailure, describeFailure, toFailure } from '../api/client';
import { LABEL_STYLE } from '../graph/palette';
import { type Hit, searchHits, snippetParts } from './searchHits';

type SearchState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'hits'; hits: Hit[]; suggestions: string[] }
  | { kind: 'error'; failure: ApiFailure };

/** Type-ahead over names and provision text, as an ARIA combobox, with the API's did-you-mean. */
export function SearchBox({
  onPick,
  autoFocus = false,
}: {
  onPick: (id: string) => void;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setState({ kind: 'idle' });
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      setState({ kind: 'busy' });
      searchHits(query, 12).then(
        (found) => {
          if (!live) return;
          setState({ kind: 'hits', ...found });
          setActive(0);
        },
        (error: unknown) => live && setState({ kind: 'error', failure: toFailure(error) }),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  const hits = state.kind === 'hits' ? state.hits : [];
  const suggestions = state.kind === 'hits' ? state.suggestions.filter((s) => s !== text.trim()) : [];
  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    onPick(hit.node.id);
    setText('');
    // The focus stays in the search box, ready for the next search (a click on an option moved it).
    input.current?.focus();
  };

  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search names and provision text"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? `${listId}-${active}` : undefined}
        placeholder="Search: e.g. non-punishment, debt bondage, Trafficking Protocol"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter') pick(hits[active]);
          else if (event.key === 'Escape') setText('');
          else return;
          event.preventDefault();
        }}
      />
      {state.kind === 'busy' && <p className="state loading">Searching…</p>}
      {state.kind === 'error' && (
        <p role="alert" className="state error">
          Search failed. {describeFailure(state.failure)}
        </p>
      )}
      {suggestions.length > 0 && (
        <p className="suggestions" role="status">
          Did you mean:{' '}
          {suggestions.map((s, i) => (
            <span key={s}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => setText(s)}>
                {s}
              </button>
            </span>
          ))}
          ?
        </p>
      )}
      {state.kind === 'hits' && hits.length === 0 && (
        <p className="state empty" role="status">
          No match for “{text.trim()}”.
        </p>
      )}
      <div
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-hits"
        hidden={hits.length === 0}
      >
        {hits.map((hit, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys.
          <div
            tabIndex={-1}
            key={hit.node.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(hit)}
          >
            {hit.roles.map((role) => (
              <span key={role} className={`badge ${role}`}>
                {LABEL_STYLE[role].legend}
              </span>
            ))}{' '}
            <strong>{hit.node.name}</strong>
            <div className="snippet">
              {snippetParts(hit.snippet).map((part, j) =>
                // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder.
                part.marked ? <mark key={j}>{part.text}</mark> : <span key={j}>{part.text}</span>,
              )}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
