// Bad input on every kind of argument: each is refused with a 4xx status and a code, never a 500.
import { expect, it } from 'vitest';
import type { Api } from '../harness';

const cases: Array<[string, string, string, number]> = [
  [
    'an unknown id for a neighbourhood',
    '{ neighbourhood(id: "actor:nobody") { truncated } }',
    'NOT_FOUND',
    404,
  ],
  [
    'a depth beyond 3',
    '{ neighbourhood(id: "actor:states", depth: 9) { truncated } }',
    'BAD_USER_INPUT',
    400,
  ],
  [
    'a neighbourhood limit beyond the cap',
    '{ neighbourhood(id: "actor:states", limit: 100000) { truncated } }',
    'BAD_USER_INPUT',
    400,
  ],
  ['a page size of zero', '{ recommendations(first: 0) { totalCount } }', 'BAD_USER_INPUT', 400],
  ['a page size beyond the cap', '{ search(text: "women", first: 101) { score } }', 'BAD_USER_INPUT', 400],
  ['a forged cursor', '{ recommendations(after: "%%%") { totalCount } }', 'BAD_USER_INPUT', 400],
  ['a search with no words', '{ search(text: "  ,;  ") { score } }', 'BAD_USER_INPUT', 400],
  [
    'a path longer than 4',
    '{ paths(from: "actor:states", to: "inst:untoc", maxLength: 9) { length } }',
    'BAD_USER_INPUT',
    400,
  ],
  [
    'a minimum score above 1',
    '{ similarRecommendations(id: "rec:cedaw-gr38:98", minScore: 3) { score } }',
    'BAD_USER_INPUT',
    400,
  ],
  ['an empty id', '{ node(id: "") { id } }', 'BAD_USER_INPUT', 400],
  [
    'an unknown enum value',
    '{ coverage(dimension: NOTHING) { rows { total } } }',
    'GRAPHQL_VALIDATION_FAILED',
    400,
  ],
  ['an unknown field', '{ documents { nonsense } }', 'GRAPHQL_VALIDATION_FAILED', 400],
  ['a syntax error', '{ documents { id ', 'GRAPHQL_PARSE_FAILED', 400],
  ['a mutation (there are none)', 'mutation { x }', 'GRAPHQL_VALIDATION_FAILED', 400],
];

export function errorTests(api: () => Api): void {
  for (const [what, query, code, status] of cases) {
    it(`rejects ${what} with ${code} and HTTP ${status}`, async () => {
      const res = await api().query(query);
      expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.status).toBe(status);
      // No answer is given: data is absent, null, or null in the one field asked.
      expect(Object.values(res.body.data ?? {}).every((v) => v === null)).toBe(true);
    });
  }

  it('stays up after bad input: the next query is answered', async () => {
    await api().query('{ neighbourhood(id: "actor:states", depth: 99) { truncated } }');
    const d = await api().data<{ stats: { nodes: number } }>('{ stats { nodes } }');
    expect(d.stats.nodes).toBeGreaterThan(0);
  });
}
