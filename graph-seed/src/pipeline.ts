import type { Catalogues } from './catalogue';
import { StageOrderError } from './products';
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

/**
 * Refuses an order in which a stage needs a product that no stage before it gives, naming the
 * stage and the one that gives the product (or saying none does).
 */
export function checkStageOrder(stages: readonly Stage[]): void {
  stages.forEach((stage, i) => {
    for (const product of stage.needs) {
      if (stages.slice(0, i).some((s) => s.gives.includes(product))) continue;
      const giver = stages.find((s) => s.gives.includes(product));
      throw new StageOrderError(
        giver === undefined
          ? `stage ${stage.name} needs ${product}, which no stage of the pipeline gives`
          : `stage ${stage.name} needs ${product}, which stage ${giver.name} gives: ${giver.name} must run before ${stage.name}`,
      );
    }
  });
}

/** Runs the stages in order over the documents, once their order is checked. Pure: no I/O happens here. */
export function runPipeline(
  documents: DocumentState[],
  catalogues: Catalogues,
  events: PipelineEvents = {},
  stages: readonly Stage[] = STAGES,
): SeedState {
  checkStageOrder(stages);
  let state: SeedState = { documents, catalogues, discovered: new Map() };
  for (const stage of stages) {
    events.onStageStart?.(stage.name);
    const t0 = performance.now();
    state = stage.run(state);
    events.onStage?.(stage.name, performance.now() - t0);
  }
  return state;
}
