import { describe, expect, it } from 'vitest';
import { loadError } from '../../../server/src/store/load/load-error';
import { StoreError } from '../../../server/src/store/store-error';

const driverError = (code: string) => Object.assign(new Error('from the driver'), { code });

describe('what a failed load reports', () => {
  it('reports work the database refused, such as its memory pool running out, as LOAD_FAILED', () => {
    const e = loadError(driverError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'));
    expect(e.code).toBe('LOAD_FAILED');
    expect(e.cause).toBeDefined();
  });

  it('reports a database that does not answer as UNAVAILABLE, as readers do', () => {
    expect(loadError(driverError('ServiceUnavailable')).code).toBe('UNAVAILABLE');
  });

  it('reports a bundle the statements cannot express as LOAD_FAILED', () => {
    expect(loadError(new RangeError('label Nope')).code).toBe('LOAD_FAILED');
  });

  it('keeps a store error as it is and masks anything unexpected as INTERNAL', () => {
    const own = new StoreError('LOAD_FAILED', 'counts differ');
    expect(loadError(own)).toBe(own);
    expect(loadError(driverError('Neo.DatabaseError.General.UnknownError')).code).toBe('INTERNAL');
  });
});
