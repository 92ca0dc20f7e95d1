import { useEffect, useReducer } from 'react';
import { historyOf } from '../graph/history';
import { reduceApp } from './appState';
import { decodeView, encodeView } from './viewState';

/**
 * App state mirrored in the address bar: every change rewrites the URL (a new history entry when
 * the view changes), and the back/forward buttons load the state the URL holds.
 */
export function useAppState() {
  const [history, dispatch] = useReducer(reduceApp, undefined, () =>
    historyOf(decodeView(window.location.search)),
  );
  const state = history.present;

  useEffect(() => {
    const search = encodeView(state);
    if (search === window.location.search.replace(/^\?/, '')) return;
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    const viewChanged = decodeView(window.location.search).view !== state.view;
    if (viewChanged) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [state]);

  useEffect(() => {
    const onPop = () => dispatch({ kind: 'load', state: decodeView(window.location.search) });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return { state, dispatch, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
}
