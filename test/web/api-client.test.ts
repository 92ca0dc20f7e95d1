// @vitest-environment jsdom
// The explorer's API client against the real API: a GraphQL error keeps its `extensions.code`, and
// the message a view shows is worded by that code.
import { describe, expect, it } from 'vitest';
import { describeFailure, failureCode, gql } from '../../web/src/api/client';
import { failureOf } from './failure-of';
import { useRealApi } from './real-api';

const refusalOf = (query: string) => failureOf(() => gql(query));

describe('the API client', () => {
  it('keeps the code of a refused query and words the message by it', async () => {
    useRealApi();
    const missing = await refusalOf('{ neighbourhood(id: "actor:nobody") { truncated } }');
    expect(failureCode(missing)).toBe('NOT_FOUND');
    expect(describeFailure(missing)).toMatch(/^The graph has no such node/);
    const tooDeep = await refusalOf('{ neighbourhood(id: "actor:states", depth: 9) { truncated } }');
    expect(failureCode(tooDeep)).toBe('BAD_USER_INPUT');
    expect(describeFailure(tooDeep)).toMatch(/cannot answer that question as asked: depth/);
    const invalid = await refusalOf('{ documents { nonsense } }');
    expect(failureCode(invalid)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(describeFailure(invalid)).toMatch(/rejected the query: .*nonsense/);
  });

  it('says an unavailable database and an unexpected failure apart from a bad query', () => {
    const said = (code: string) => describeFailure({ kind: 'graphql', errors: [{ message: 'x', code }] });
    expect(said('SERVICE_UNAVAILABLE')).toMatch(/graph database is unavailable/);
    expect(said('INTERNAL_SERVER_ERROR')).toMatch(/failed unexpectedly/);
    expect(said('COST_LIMIT_EXCEEDED')).toMatch(/larger than the Atlas API answers/);
  });
});
