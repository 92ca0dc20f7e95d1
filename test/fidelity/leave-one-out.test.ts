import { beforeAll, describe, expect, it } from 'vitest';
import { type LeaveOneOut, leaveOneOut } from './leave-one-out';
import { readFixtures } from './score';

// Each document scored with only the rules the other documents could have led to
// (leave-one-out.ts); the mean over documents must stay above thresholds a little under what the
// rules reach (docs/fidelity-log.md).
let r: LeaveOneOut;
beforeAll(async () => {
  r = await leaveOneOut(readFixtures('dev.jsonl').gold);
}, 300_000);

describe('leave one document out', () => {
  it('scores each of the five documents of the dev annotations, dropping the rules only it reaches', () => {
    expect(r.folds.map((f) => f.document)).toHaveLength(5);
    expect(r.folds.every((f) => f.items > 0 && f.dropped > 0)).toBe(true);
  });

  it.each([
    ['recommendation', 0.97],
    ['addressees', 0.95],
    ['actors', 0.95],
    ['instruments', 0.95],
    ['causes', 0.93],
    ['obligations', 0.82],
  ] as const)('keeps the mean %s F1 over documents at or above %s', (field, threshold) => {
    expect(r.mean[field]).toBeGreaterThanOrEqual(threshold);
  });
});
