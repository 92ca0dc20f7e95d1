import { describe, expect, it } from 'vitest';
import { inParallel } from '../../../server/src/store/load/in-parallel';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('loader parallel batches', () => {
  it('starts the items in order with at most the given number in flight', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await inParallel([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('throws the first failure only after the started tasks have settled, starting no more', async () => {
    const settled: number[] = [];
    const run = inParallel([1, 2, 3, 4], 2, async (n) => {
      await tick();
      if (n === 1) throw new Error('batch 1');
      await tick();
      settled.push(n);
    });
    await expect(run).rejects.toThrow('batch 1');
    expect(settled).toEqual([2]);
  });
});
