// The GraphStore contract suite: every method, run against each store loaded from the mini bundle.
// Expectations are derived from the fixture bundle where they can be; the rest state the contract's
// rules (order, caps, typed errors). The tests live in suite/, by group of methods.
import { beforeAll, describe } from 'vitest';
import type { GraphBundle } from '../../server/src/store/bundle';
import type { GraphStore } from '../../server/src/store/graph-store';
import { aggregateTests } from './suite/aggregates';
import type { SuiteContext } from './suite/context';
import { faultTests } from './suite/faults';
import { lookupTests } from './suite/lookups';
import { walkTests } from './suite/walks';

export function defineGraphStoreSuite(
  name: string,
  createStore: () => Promise<GraphStore>,
  bundle: () => GraphBundle,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    const ctx = {} as SuiteContext;
    beforeAll(async () => {
      ctx.bundle = bundle();
      ctx.store = await createStore();
      return () => ctx.store.close();
    });
    lookupTests(ctx);
    walkTests(ctx);
    aggregateTests(ctx);
    faultTests(ctx);
  });
}
