import type { DocumentState, SeedState } from './types';

/**
 * What a stage writes into the state for later stages to read: per document the cleaned text, the
 * provisions, each kind of provision fact and the recommendations; for the whole state the graph
 * and the similarity relationships in it.
 */
export const PRODUCTS = [
  'cleaned',
  'provisions',
  'actors',
  'instruments',
  'causes',
  'obligations',
  'recommendations',
  'graph',
  'similarity',
] as const;
export type Product = (typeof PRODUCTS)[number];

/**
 * One pipeline stage. Every stage has this shape: a pure function from state to state, named so
 * progress and errors can say where they happened, declaring what it reads (`needs`) and writes
 * (`gives`) so the runner can refuse an order in which a stage reads what no earlier stage wrote.
 * Stages never do I/O.
 */
export interface Stage {
  readonly name: string;
  readonly needs: readonly Product[];
  readonly gives: readonly Product[];
  run(state: SeedState): SeedState;
}

type DocumentStep = (doc: DocumentState, state: SeedState) => DocumentState;

/** Applies a step to every document of the state. */
export const eachDocument = (state: SeedState, step: DocumentStep): SeedState => ({
  ...state,
  documents: state.documents.map((d) => step(d, state)),
});

/** A stage that works one document at a time. */
export const perDocument = (
  declared: Pick<Stage, 'name' | 'needs' | 'gives'>,
  step: DocumentStep,
): Stage => ({ ...declared, run: (state) => eachDocument(state, step) });
