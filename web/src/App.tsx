import { useEffect, useState } from 'react';
import { isReadable } from './reading/readable';
import { useAppState } from './state/useAppState';
import { type ViewName, unknownView } from './state/viewState';
import { ApiStatus } from './ui/ApiStatus';
import { ChainTracer } from './views/ChainTracer';
import { GraphView } from './views/GraphView';
import { OverlapView } from './views/OverlapView';
import { StartView } from './views/StartView';

const NAV: { view: ViewName; title: string }[] = [
  { view: 'start', title: 'Start' },
  { view: 'graph', title: 'Graph' },
  { view: 'chains', title: 'Chains' },
  { view: 'overlap', title: 'Overlap' },
];

export function App() {
  const { state, dispatch, canUndo, canRedo } = useAppState();
  const [unknown] = useState(() => unknownView(window.location.search));
  const [fromSearch, setFromSearch] = useState(false);
  const go = (view: ViewName) => dispatch({ kind: 'patch', patch: { view } });
  // A concept opened anywhere lands on the canvas with its texts listed beside it.
  const open = (id: string, bySearch = false) => {
    dispatch({ kind: 'workspace', action: { kind: 'open', id } });
    dispatch({ kind: 'patch', patch: { view: 'graph', ...(isReadable(id) ? { reading: id } : {}) } });
    dispatch({ kind: 'select', id });
    setFromSearch(bySearch);
  };

  useEffect(() => {
    if (state.view !== 'graph') return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea')) return;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      event.preventDefault();
      dispatch({ kind: event.shiftKey ? 'redo' : 'undo' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state.view, dispatch]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1>Obligation Atlas</h1>
        <nav aria-label="Views">
          {NAV.map((item) => (
            <button
              key={item.view}
              type="button"
              aria-current={state.view === item.view ? 'page' : undefined}
              onClick={() => go(item.view)}
            >
              {item.title}
            </button>
          ))}
          <a href="/graphiql" target="_blank" rel="noreferrer">
            Query console
          </a>
        </nav>
      </header>
      <ApiStatus />
      <main id="main" tabIndex={-1}>
        {unknown && state.view === 'start' && (
          <p className="state error" role="alert">
            This link asks for a view called “{unknown}”, which the explorer does not have; here is the Start
            page.
          </p>
        )}
        {state.view === 'start' && <StartView onOpen={(id, bySearch) => open(id, bySearch)} />}
        {state.view === 'graph' && (
          <GraphView
            state={state}
            dispatch={dispatch}
            canUndo={canUndo}
            canRedo={canRedo}
            focusSearch={fromSearch}
          />
        )}
        {state.view === 'chains' && (
          <ChainTracer
            query={state.chain}
            onChange={(chain) => dispatch({ kind: 'patch', patch: { chain } })}
            onOpen={open}
          />
        )}
        {state.view === 'overlap' && (
          <OverlapView
            query={state.overlap}
            onChange={(overlap) => dispatch({ kind: 'patch', patch: { overlap } })}
            onOpen={open}
          />
        )}
      </main>
    </>
  );
}
