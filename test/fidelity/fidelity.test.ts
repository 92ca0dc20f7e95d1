import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../graph-seed/src';
import { type FidelityReport, f1, readFixtures, scoreBundle } from './score';

// The dev annotations and structure spec, vendored as fixtures: a change that lowers the graph's
// fidelity below the thresholds of the graph-seed issue fails here.
const { gold, structure } = readFixtures('dev.jsonl');

let report: FidelityReport;
beforeAll(async () => {
  report = scoreBundle(await buildBundle(), gold, structure);
}, 120_000);

describe('fidelity of the corpus graph to the hand annotations', () => {
  it('finds every annotated provision under its own ref', () => {
    expect(report.problems.filter((p) => p.startsWith('not found'))).toEqual([]);
    expect(report.refRight).toBe(report.refChecked);
  });

  it('has every numbered paragraph of the corpus', () => {
    expect(report.paragraphs.absent).toEqual([]);
    expect(report.paragraphs.present).toBe(311);
  });

  it('keeps at least 99% of provisions free of page furniture', () => {
    expect(report.clean).toBeGreaterThanOrEqual(0.99);
  });

  it.each([
    ['recommendation', 0.95],
    ['addressees', 0.9],
    ['actors', 0.9],
    ['instruments', 0.9],
    ['causes', 0.8],
    ['obligations', 0.75],
  ] as const)('reaches the %s F1 threshold of %s', (field, threshold) => {
    expect(f1(report.tallies[field])).toBeGreaterThanOrEqual(threshold);
  });
});
