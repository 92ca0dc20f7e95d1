import type { RelationshipType } from '../api/types';

/**
 * What the user has put on the canvas, as a list of intentions rather than a list of elements:
 * the drawn graph is derived from it (compose.ts), so the same workspace always redraws the same
 * view — which is what makes URLs shareable and undo/redo trivial.
 */
export interface Expansion {
  id: string;
  /** null: every relationship type. */
  type: RelationshipType | null;
  /** Neighbours shown per relationship type; 0 shows the node alone (collapsed). */
  cap: number;
}

export interface Workspace {
  /** The whole graph on the canvas (no caps), with the expansions' neighbourhoods on top. */
  whole: boolean;
  expansions: Expansion[];
  removed: string[];
  pinned: string[];
  /** With `whole`: only these nodes of the whole graph (a cluster opened as a workspace); empty: all. */
  focus: string[];
}

export const DEFAULT_CAP = 8;
export const CAP_STEP = 12;

export const EMPTY_WORKSPACE: Workspace = {
  whole: false,
  expansions: [],
  removed: [],
  pinned: [],
  focus: [],
};

/** The cache key of the whole graph. */
export const WHOLE_KEY = '*whole*';

export type WorkspaceAction =
  | { kind: 'reset'; id: string }
  | { kind: 'whole'; on: boolean }
  | { kind: 'clear' }
  | { kind: 'cluster'; ids: string[] }
  | { kind: 'open'; id: string }
  | { kind: 'show'; id: string }
  | { kind: 'expand'; id: string; type: RelationshipType | null }
  | { kind: 'more'; id: string; type: RelationshipType }
  | { kind: 'collapse'; id: string }
  | { kind: 'remove'; id: string }
  | { kind: 'pin'; id: string }
  | { kind: 'unpin'; id: string };

const without = (list: string[], id: string): string[] => list.filter((x) => x !== id);
const withOnce = (list: string[], id: string): string[] => (list.includes(id) ? list : [...list, id]);

function setExpansion(expansions: Expansion[], next: Expansion): Expansion[] {
  const kept = expansions.filter((e) => !(e.id === next.id && e.type === next.type));
  return [...kept, next];
}

export function capFor(workspace: Workspace, id: string, type: RelationshipType): number {
  const exact = workspace.expansions.find((e) => e.id === id && e.type === type);
  const all = workspace.expansions.find((e) => e.id === id && e.type === null);
  return Math.max(exact?.cap ?? 0, all?.cap ?? 0);
}

export function reduceWorkspace(state: Workspace, action: WorkspaceAction): Workspace {
  switch (action.kind) {
    case 'reset':
      return {
        whole: false,
        expansions: [{ id: action.id, type: null, cap: DEFAULT_CAP }],
        removed: [],
        pinned: [],
        focus: [],
      };
    case 'whole':
      return state.whole === action.on && state.focus.length === 0
        ? state
        : { ...state, whole: action.on, focus: [] };
    case 'clear':
      return state === EMPTY_WORKSPACE ? state : EMPTY_WORKSPACE;
    case 'cluster':
      return { ...EMPTY_WORKSPACE, whole: true, focus: [...action.ids].sort() };
    case 'show':
      // A node alone on the canvas (a list row chosen): drawn with its links to what is already there.
      if (state.expansions.some((e) => e.id === action.id) && !state.removed.includes(action.id))
        return state;
      return {
        ...state,
        expansions: setExpansion(state.expansions, { id: action.id, type: null, cap: 0 }),
        removed: without(state.removed, action.id),
      };
    case 'open':
      if (state.expansions.some((e) => e.id === action.id) && !state.removed.includes(action.id))
        return state;
      return {
        ...state,
        expansions: setExpansion(state.expansions, { id: action.id, type: null, cap: DEFAULT_CAP }),
        removed: without(state.removed, action.id),
      };
    case 'expand': {
      // Expanding what is already expanded shows more of it rather than doing nothing.
      const existing = state.expansions.find(
        (e) => e.id === action.id && e.type === action.type && e.cap > 0,
      );
      const current = existing
        ? existing.cap + CAP_STEP
        : action.type === null
          ? 0
          : capFor(state, action.id, action.type);
      return {
        ...state,
        expansions: setExpansion(state.expansions, {
          id: action.id,
          type: action.type,
          cap: Math.max(DEFAULT_CAP, current),
        }),
        removed: without(state.removed, action.id),
      };
    }
    case 'more':
      return {
        ...state,
        expansions: setExpansion(state.expansions, {
          id: action.id,
          type: action.type,
          cap: capFor(state, action.id, action.type) + CAP_STEP,
        }),
      };
    case 'collapse':
      return {
        ...state,
        expansions: [
          ...state.expansions.filter((e) => e.id !== action.id),
          { id: action.id, type: null, cap: 0 },
        ],
      };
    case 'remove':
      return {
        ...state,
        expansions: state.expansions.filter((e) => e.id !== action.id),
        removed: withOnce(state.removed, action.id),
        pinned: without(state.pinned, action.id),
      };
    case 'pin':
      return { ...state, pinned: withOnce(state.pinned, action.id) };
    case 'unpin':
      return { ...state, pinned: without(state.pinned, action.id) };
  }
}

/** The cache key of the neighbourhood an expansion needs. */
export function fetchKey(expansion: Expansion): string {
  return `${expansion.id}|${expansion.type ?? '*'}`;
}
