// The pipeline's stages declare what they need and give; the runner refuses an order in which a
// stage would read what no earlier stage wrote, naming both stages, before any stage runs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogues } from '../../graph-seed/src/catalogue';
import { readCatalogues } from '../../graph-seed/src/io/catalogues';
import { checkStageOrder, runPipeline, STAGES } from '../../graph-seed/src/pipeline';
import { StageOrderError } from '../../graph-seed/src/products';
import type { Stage } from '../../graph-seed/src/stage';
import { segment } from '../../graph-seed/src/stages/segment';
import { corpusState } from './corpus';

const named = (name: string): Stage => STAGES.find((s) => s.name === name) as Stage;
const without = (name: string) => STAGES.filter((s) => s.name !== name);
const swapped = (a: string, b: string) =>
  STAGES.map((s) => (s.name === a ? named(b) : s.name === b ? named(a) : s));

const orderError = (stages: readonly Stage[]): string => {
  try {
    checkStageOrder(stages);
  } catch (error) {
    if (error instanceof StageOrderError) return error.message;
    throw error;
  }
  return 'NO_ERROR';
};

describe('the stage order', () => {
  let catalogues: Catalogues;
  beforeAll(async () => {
    catalogues = await readCatalogues();
  });

  it('of the pipeline gives every stage what it needs before it runs', () => {
    expect(orderError(STAGES)).toBe('NO_ERROR');
  });

  it('refuses a stage moved before the one that gives its input, naming both', () => {
    expect(orderError(swapped('clean', 'segment'))).toBe(
      'stage segment needs cleaned, which stage clean gives: clean must run before segment',
    );
    expect(orderError(swapped('recommend', 'link'))).toBe(
      'stage link needs recommendations, which stage recommend gives: recommend must run before link',
    );
    expect(orderError(swapped('link', 'overlap'))).toMatch(
      /^stage overlap needs graph, which stage link gives/,
    );
  });

  it('refuses a pipeline in which no stage gives what one needs', () => {
    expect(orderError(without('recognise-actors'))).toBe(
      'stage recognise-instruments needs actors, which no stage of the pipeline gives',
    );
  });

  it('runs no stage of a misordered pipeline: it fails instead of yielding an empty graph', () => {
    const state = corpusState();
    const started: string[] = [];
    const events = { onStageStart: (name: string) => started.push(name) };
    expect(() => runPipeline(state.documents, catalogues, events, swapped('recommend', 'link'))).toThrow(
      StageOrderError,
    );
    expect(started).toEqual([]);
  });

  it('a stage called directly on a state missing its input fails naming the missing product', () => {
    expect(() => segment.run(corpusState())).toThrow(/has no cleaned: the stage that gives it has not run/);
  });
});
