// The bulk load's refusals that need no database: a URI that is not the local instance's, another
// database than `neo4j`. The ones that ask the instance (its home, its emptiness) are bulk-load.test.ts.
import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../../server/src/store/load/bulk/target';

const env = { NEO4J_LOCAL_PORT: '7699' };
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'NO_ERROR',
    (e: { code?: string }) => e.code ?? String(e),
  );

describe('bulk load target', () => {
  it('refuses a Neo4j elsewhere than the local instance, before connecting, with NOT_LOCAL', async () => {
    const at = (uri: string, database?: string) =>
      codeOf(checkTarget({ uri, user: 'neo4j', password: 'x', database }, env));
    expect(await at('bolt://127.0.0.1:7687')).toBe('NOT_LOCAL');
    expect(await at('bolt://db.example.org:7699')).toBe('NOT_LOCAL');
    expect(await at('bolt+s://127.0.0.1:7699')).toBe('NOT_LOCAL');
    expect(await at('bolt://127.0.0.1:7699', 'other')).toBe('NOT_LOCAL');
    // the right address: it gets as far as connecting, and nothing answers there
    expect(await at('bolt://localhost:7699')).toBe('UNAVAILABLE');
  });
});
