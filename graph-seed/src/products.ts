// Reading what earlier stages wrote. A missing product is an error, never an empty default: a stage
// run before the one that gives its input must fail, not yield an empty graph. The runner
// (pipeline.ts) refuses such an order before any stage runs; these guard a stage called directly.
import type { GraphBundle } from './bundle/schema';
import type { Product } from './stage';
import type {
  CleanedText,
  DocumentState,
  Provision,
  ProvisionFacts,
  RecommendationFact,
  SeedState,
} from './types';

/** A stage read a product no earlier stage gave, or a pipeline orders its stages so that one would. */
export class StageOrderError extends Error {
  override readonly name = 'StageOrderError';
  readonly code = 'STAGE_ORDER';
}

const missing = (product: Product, where: string): StageOrderError =>
  new StageOrderError(`${where} has no ${product}: the stage that gives it has not run`);

export function cleanedOf(doc: DocumentState): CleanedText {
  if (doc.cleaned === undefined) throw missing('cleaned', doc.meta.id);
  return doc.cleaned;
}

export function provisionsOf(doc: DocumentState): Provision[] {
  if (doc.provisions === undefined) throw missing('provisions', doc.meta.id);
  return doc.provisions;
}

/** The facts of every provision, once a recognise stage has run. */
export function factsOf(doc: DocumentState): Map<string, ProvisionFacts> {
  if (doc.facts === undefined) throw missing('actors', doc.meta.id);
  return doc.facts;
}

/** The facts of one provision (every provision has an entry once a recognise stage has run). */
export function provisionFacts(doc: DocumentState, provisionId: string): ProvisionFacts {
  const facts = factsOf(doc).get(provisionId);
  if (facts === undefined) throw missing('actors', provisionId);
  return facts;
}

export function recommendationsOf(doc: DocumentState): RecommendationFact[] {
  if (doc.recommendations === undefined) throw missing('recommendations', doc.meta.id);
  return doc.recommendations;
}

export function graphOf(state: SeedState): GraphBundle {
  if (state.graph === undefined) throw missing('graph', 'the state');
  return state.graph;
}
