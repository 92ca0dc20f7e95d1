// GraphQL-over-HTTP conformance: graphql-http's server audits against the real app; every MUST passes.
// (SHOULD/MAY audits are not asserted: CSRF prevention deliberately refuses simple GET requests.)
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { miniBundle } from './fixture';
import { type Api, startApi } from './harness';

describe('GraphQL over HTTP audits', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(new MemoryGraphStore(miniBundle()));
  });
  afterAll(async () => {
    await api?.close();
  });

  const musts = serverAudits({ url: () => `${api.url}/graphql` }).filter((a) => a.name.startsWith('MUST'));
  it('has MUST audits to run', () => {
    expect(musts.length).toBeGreaterThan(10);
  });
  for (const audit of musts) {
    it(`passes ${audit.name}`, async () => {
      const result = await audit.fn();
      expect({ status: result.status, reason: 'reason' in result ? result.reason : '' }).toEqual({
        status: 'ok',
        reason: '',
      });
    });
  }
});
