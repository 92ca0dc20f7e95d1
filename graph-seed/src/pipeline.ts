import type { Catalogues } from './catalogue';
import type { Stage } from './stage';
import { clean } from './stages/clean';
import { link } from './stages/link';
import { overlap } from './stages/overlap';
import { recogniseActors } from './stages/recognise-actors';
import { recogniseCauses } from './stages/recognise-causes';
import { recogniseInstruments } from './stages/recognise-instruments';
import { recogniseObligations } from './stages/recognise-obligations';
import { recommend } from './stages/recommend';
import { segment } from './stages/segment';
import type { DocumentState, SeedState } from './types';

/**
 * The order of the stages, in one place. Each reads what the ones before it wrote:
 * text → provisions → facts (actors before recommendations, which pick addressees among them)
 * → recommendations → graph → similarity between recommendations.
 */
export const STAGES: readonly Stage[] = [
  clean,
  segment,
  recogniseActors,
  recogniseInstruments,
  recogniseCauses,
  recogniseObligations,
  recommend,
  link,
  overlap,
];

export interface PipelineEvents {
  /** Just before a stage runs (a caller may sample CPU time or memory there). */
  onStageStart?: (stage: string) => void;
  onStage?: (stage: string, ms: number) => void;
}

/** Runs every stage in order over the documents. Pure: no I/O happens here. */
export function runPipeline(
  documents: DocumentState[],
  catalogues: Catalogues,
  events: PipelineEvents = {},
): SeedState {
  let state: SeedState = { documents, catalogues, discovered: new Map() };
  for (const stage of STAGES) {
    events.onStageStart?.(stage.name);
    const t0 = performance.now();
    state = stage.run(state);
    events.onStage?.(stage.name, performance.now() - t0);
  }
  return state;
}
