/** Undo/redo over any immutable state: past, present, future. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

export type HistoryAction<T, A> =
  | { kind: 'do'; action: A }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'replace'; present: T };

const LIMIT = 100;

export function historyOf<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function withHistory<T, A>(reduce: (state: T, action: A) => T) {
  return (history: History<T>, action: HistoryAction<T, A>): History<T> => {
    switch (action.kind) {
      case 'do': {
        const next = reduce(history.present, action.action);
        if (next === history.present) return history;
        return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [] };
      }
      case 'undo': {
        const previous = history.past.at(-1);
        if (previous === undefined) return history;
        return {
          past: history.past.slice(0, -1),
          present: previous,
          future: [history.present, ...history.future],
        };
      }
      case 'redo': {
        const [next, ...rest] = history.future;
        if (next === undefined) return history;
        return { past: [...history.past, history.present], present: next, future: rest };
      }
      case 'replace':
        // A state arriving from outside (a pasted link, the back button): no undo across it.
        return historyOf(action.present);
    }
  };
}
