import type { SeedState } from './types';

/**
 * One pipeline stage. Every stage has this shape: a pure function from state to state,
 * named so progress and errors can say where they happened. Stages never do I/O.
 */
export interface Stage {
  readonly name: string;
  run(state: SeedState): SeedState;
}

/** A stage that works one document at a time. */
export function perDocument(
  name: string,
  fn: (doc: SeedState['documents'][number], state: SeedState) => SeedState['documents'][number],
): Stage {
  return {
    name,
    run: (state) => ({ ...state, documents: state.documents.map((d) => fn(d, state)) }),
  };
}
