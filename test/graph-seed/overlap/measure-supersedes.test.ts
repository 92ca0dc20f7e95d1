import { describe, expect, it } from 'vitest';
import type { MeasureHit, MeasureMatcher } from '../../../graph-seed/src/overlap/measures';
import { withoutSuperseded } from '../../../graph-seed/src/overlap/measures';

const matcher = (id: string, supersedes: string[] = []): MeasureMatcher => ({
  id,
  broad: false,
  sameInstrument: false,
  phrases: [],
  frames: [],
  negative: [],
  supersedes,
});
const matchers = [matcher('non-punishment'), matcher('expunge-records', ['non-punishment'])];
const hit = (measure: string, lead = false): MeasureHit => ({ measure, spans: [], instruments: [], lead });

describe('a measure supersedes another in the asks that call for it', () => {
  it('drops the superseded measure from the same ask', () => {
    expect(withoutSuperseded([[hit('non-punishment'), hit('expunge-records')]], matchers)).toEqual([
      [hit('expunge-records')],
    ]);
  });

  it("drops it from the chapeau's asks when the sub-item's own words call for the superseding one", () => {
    expect(withoutSuperseded([[hit('non-punishment', true)], [hit('expunge-records')]], matchers)).toEqual([
      [],
      [hit('expunge-records')],
    ]);
  });

  it("keeps it in the recommendation's other own asks", () => {
    expect(withoutSuperseded([[hit('non-punishment')], [hit('expunge-records')]], matchers)).toEqual([
      [hit('non-punishment')],
      [hit('expunge-records')],
    ]);
  });
});
