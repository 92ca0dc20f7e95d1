import { useEffect, useId, useState } from 'react';
import { type ApiFailure, describeFailure, gql, toFailure } from '../api/client';
import { SEARCH } from '../api/queries';
import type { SearchQuery } from '../api/generated/graphql';

type Found = NonNullable<SearchQuery['search']>;
type Hit = Found['edges'][number];

type SearchState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'hits'; hits: Hit[]; suggestions: string[] }
  | { kind: 'error'; failure: ApiFailure };

/** Strips everything but the `<mark>` tags the API puts around matched terms. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  return snippet
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('<mark>') ? { text: part.slice(6, -7), marked: true } : { text: part, marked: false },
    );
}

/** Type-ahead over names and provision text, as an ARIA combobox. */
export function SearchBox({ onPick }: { onPick: (id: string) => void }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setState({ kind: 'idle' });
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      setState({ kind: 'busy' });
      gql<{ search: Found | null }>(SEARCH, { text: query, first: 12 }).then(
        (data) => {
          if (!live) return;
          setState({
            kind: 'hits',
            hits: data.search?.edges ?? [],
            suggestions: data.search?.suggestions ?? [],
          });
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
  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    onPick(hit.node.id);
    setText('');
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search names and provision text"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? `${listId}-${active}` : undefined}
        placeholder="Search: e.g. non-punishment, debt bondage, Palermo…"
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
      {state.kind === 'hits' && hits.length === 0 && (
        <p className="state empty" role="status">
          No match for “{text.trim()}”.
          {state.suggestions.map((s) => (
            <span key={s}>
              {' '}
              Did you mean:{' '}
              <button type="button" className="link" onClick={() => setText(s)}>
                {s}
              </button>
              ?
            </span>
          ))}
        </p>
      )}
      {hits.length > 0 && (
        <div id={listId} role="listbox" aria-label="Search results" className="search-hits">
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
              <span className={`badge ${hit.node.labels[0] ?? ''}`}>{hit.node.labels[0]}</span>{' '}
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
      )}
    </div>
  );
}
