// What every part of the contract suite shares: the store under test, its bundle, small helpers.
import type { GraphBundle } from '../../../server/src/store/bundle';
import { compareStrings } from '../../../server/src/store/contract/ordering';
import type { GraphStore } from '../../../server/src/store/graph-store';
import { StoreError } from '../../../server/src/store/store-error';

/** Filled in by the suite's beforeAll; parts read it inside their tests. */
export interface SuiteContext {
  store: GraphStore;
  bundle: GraphBundle;
}

/** The StoreError code a call fails with, or NO_ERROR. Anything else fails the test. */
export const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  return 'NO_ERROR';
};

export const sorted = (xs: Iterable<string>): string[] => [...xs].sort(compareStrings);
