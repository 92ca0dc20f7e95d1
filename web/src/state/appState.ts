import { type History, historyOf, withHistory } from '../graph/history';
import { type WorkspaceAction, reduceWorkspace } from '../graph/workspace';
import type { ViewState } from './viewState';

/** Changes the user can undo: the canvas, the layout, filters and the other views' choices. */
export type ViewAction =
  | { kind: 'workspace'; action: WorkspaceAction }
  | { kind: 'patch'; patch: Partial<Omit<ViewState, 'selected'>> };

/** Everything the app dispatches; selection is not an undo step, it only rides along. */
export type AppAction =
  | ViewAction
  | { kind: 'select'; id: string | null }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'load'; state: ViewState };

function reduceView(state: ViewState, action: ViewAction): ViewState {
  switch (action.kind) {
    case 'workspace': {
      const workspace = reduceWorkspace(state.workspace, action.action);
      if (workspace === state.workspace) return state;
      const gone = state.selected !== null && workspace.removed.includes(state.selected);
      return { ...state, workspace, selected: gone ? null : state.selected };
    }
    case 'patch':
      return { ...state, ...action.patch };
  }
}

const stepper = withHistory(reduceView);

export function reduceApp(history: History<ViewState>, action: AppAction): History<ViewState> {
  switch (action.kind) {
    case 'select':
      return { ...history, present: { ...history.present, selected: action.id } };
    case 'workspace':
    case 'patch':
      return stepper(history, { kind: 'do', action });
    case 'undo':
    case 'redo':
      return stepper(history, action);
    case 'load':
      return historyOf(action.state);
  }
}
