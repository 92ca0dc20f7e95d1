// Driver errors become StoreErrors with stable codes: an outage is UNAVAILABLE (503), never INTERNAL.
import { describe, expect, it } from 'vitest';
import { translateError } from '../../../server/src/store/neo4j/connection';

const driverError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('translateError', () => {
  it('reports a refused or lost connection as UNAVAILABLE', () => {
    expect(translateError(driverError('Failed to connect to server', 'ServiceUnavailable')).code).toBe(
      'UNAVAILABLE',
    );
    expect(translateError(driverError('Connection was closed by server', 'SessionExpired')).code).toBe(
      'UNAVAILABLE',
    );
  });

  it('reports a pool that timed out waiting for a connection as UNAVAILABLE', () => {
    const error = driverError(
      'Connection acquisition timed out in 2000 ms. Pool status: Active conn count = 5, Idle conn count = 1.',
      'N/A',
    );
    expect(translateError(error).code).toBe('UNAVAILABLE');
  });

  it('reports a database still starting as UNAVAILABLE', () => {
    expect(
      translateError(driverError('database unavailable', 'Neo.TransientError.General.DatabaseUnavailable'))
        .code,
    ).toBe('UNAVAILABLE');
  });

  it('reports a failing query as INTERNAL and keeps the cause', () => {
    const cause = driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    const translated = translateError(cause);
    expect(translated.code).toBe('INTERNAL');
    expect(translated.cause).toBe(cause);
  });
});
