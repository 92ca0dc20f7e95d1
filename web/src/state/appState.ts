import { type History, historyOf, withHistory } from '../graph/history';
import { type WorkspaceAction, reduceWorkspace } from '../graph/workspace';
import type { ViewState } from './viewState';

/**
 * Changes dispatched as steps. Only the canvas's own state (workspace, layout, filters, colouring) is
 * an undo step; the view shown, the reading list and the other views' choices ride along, so undo
 * never leaves the Graph view for another one.
 */
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

/** The parts of the state that undo and redo restore. */
const CANVAS_KEYS = ['workspace', 'layout', 'filters', 'colour'] as const;

const touchesCanvas = (patch: ViewAction & { kind: 'patch' }): boolean =>
  CANVAS_KEYS.some((key) => key in patch.patch);

/** The canvas of `from` with everything else of `keep`. */
const canvasOf = (from: ViewState, keep: ViewState): ViewState => ({
  ...keep,
  workspace: from.workspace,
  layout: from.layout,
  filters: from.filters,
  colour: from.colour,
  selected: from.selected,
});

export function reduceApp(history: History<ViewState>, action: AppAction): History<ViewState> {
  switch (action.kind) {
    case 'select':
      return { ...history, present: { ...history.present, selected: action.id } };
    case 'patch':
      if (!touchesCanvas(action)) return { ...history, present: reduceView(history.present, action) };
      return stepper(history, { kind: 'do', action });
    case 'workspace':
      return stepper(history, { kind: 'do', action });
    case 'undo':
    case 'redo': {
      const next = stepper(history, action);
      return next === history ? history : { ...next, present: canvasOf(next.present, history.present) };
    }
    case 'load':
      return historyOf(action.state);
  }
}
