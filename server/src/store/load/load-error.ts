// What a failed load reports. A bundle the statements cannot express, or work the database refused
// while answering (e.g. its transaction memory pool ran out), is this load failing: LOAD_FAILED, the
// previous graph still published. A database that does not answer is UNAVAILABLE, as for readers.
import { translateError } from '../neo4j/connection';
import { StoreError } from '../store-error';

export function loadError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof RangeError)
    return new StoreError('LOAD_FAILED', `bundle not loadable: ${error.message}`);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('Neo.TransientError.General'))
    return new StoreError(
      'LOAD_FAILED',
      `Neo4j refused the load (${code}); the previous graph stays published`,
      {
        cause: error,
      },
    );
  return translateError(error);
}
