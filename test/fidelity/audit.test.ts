import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../graph-seed/src';
import { type FidelityReport, f1, readFixtures, scoreBundle } from './score';

// A held-out audit: 123 provisions outside the dev annotations, in five seeded random draws (41, then
// 25, 21, 20 and 16 more, each scored before any rule was drawn from it, to check that the rules the
// earlier batches led to were general; the last batch led to none) across the five documents
// and the kinds of provision, annotated blind by the rules of ONTOLOGY.md before the graph's
// reading of them was looked at, then adjudicated where the two disagreed. The graph must reach
// the thresholds of the graph-seed issue here too, not only on the dev set it was tuned on.
const { gold, structure } = readFixtures('audit.jsonl');

let report: FidelityReport;
beforeAll(async () => {
  report = scoreBundle(await buildBundle(), gold, structure);
}, 120_000);

describe('fidelity of the corpus graph to the held-out audit', () => {
  it('finds every audited provision under its own ref', () => {
    expect(gold.length).toBeGreaterThanOrEqual(123);
    expect(report.problems.filter((p) => p.startsWith('not found'))).toEqual([]);
    expect(report.refRight).toBe(report.refChecked);
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
