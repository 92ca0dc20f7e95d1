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
  [
    'a page size beyond the cap',
    '{ search(text: "women", first: 101) { totalCount } }',
    'BAD_USER_INPUT',
    400,
  ],
  ['a forged cursor', '{ recommendations(after: "%%%") { totalCount } }', 'BAD_USER_INPUT', 400],
  ['a search with no words', '{ search(text: "  ,;  ") { totalCount } }', 'BAD_USER_INPUT', 400],
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
  [
    'an unknown document in a recommendation filter',
    '{ recommendations(filter: { documents: ["doc:nope"] }) { totalCount } }',
    'NOT_FOUND',
    404,
  ],
  [
    'an unknown id inside a where',
    '{ recommendations(where: { OR: [{ addressee: "actor:nobody" }] }) { totalCount } }',
    'NOT_FOUND',
    404,
  ],
  ['an unknown actor kind', '{ actors(kind: nonsense) { id } }', 'GRAPHQL_VALIDATION_FAILED', 400],
  [
    'a minimum score above 1 on Recommendation.similar, as on similarRecommendations',
    '{ node(id: "rec:cedaw-gr38:98") { ... on Recommendation { similar(minScore: 5) { score } } } }',
    'BAD_USER_INPUT',
    400,
  ],
  ['an empty groupBy', '{ recommendationCounts(groupBy: []) { count } }', 'BAD_USER_INPUT', 400],
  [
    'a provision of an unknown document',
    '{ provision(document: "doc:nope", ref: "1") { id } }',
    'NOT_FOUND',
    404,
  ],
];

/** A raw POST, for requests the harness's `query` cannot make (an operationName, variables as sent). */
async function post(api: Api, body: Record<string, unknown>) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }>;
    },
  };
}

export function errorTests(api: () => Api): void {
  const variableCases: Array<[string, string, Record<string, unknown>, string]> = [
    ['a missing required variable', 'query($id: ID!) { node(id: $id) { id } }', {}, '$id'],
    [
      'a string for an Int',
      'query($d: Int) { neighbourhood(id: "actor:states", depth: $d) { truncated } }',
      { d: '10' },
      '$d',
    ],
    [
      'a bad enum value',
      'query($m: SearchMode) { search(text: "women", mode: $m) { totalCount } }',
      { m: 'NOPE' },
      '$m',
    ],
  ];
  for (const [what, query, variables, name] of variableCases) {
    it(`rejects ${what} with 400 BAD_USER_INPUT naming the variable`, async () => {
      const res = await post(api(), { query, variables });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toContain(name);
    });
  }

  it('rejects an unknown operationName with 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const res = await post(api(), { query: 'query A { stats { nodes } }', operationName: 'B' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('answers the other fields when one fails, with the error at its path (HTTP 200)', async () => {
    const res = await post(api(), {
      query: '{ stats { nodes } neighbourhood(id: "actor:nobody") { truncated } documents(first: 1) { id } }',
    });
    expect(res.status).toBe(200);
    expect(res.body.data?.stats).toEqual({ nodes: expect.any(Number) });
    expect(res.body.data?.neighbourhood).toBeNull();
    expect(res.body.data?.documents).toHaveLength(1);
    expect(res.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['neighbourhood'], 'NOT_FOUND'],
    ]);
  });

  it('says a 50,000-character id is too long, and names the label an id does not have', async () => {
    const long = await post(api(), {
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: 'x'.repeat(50_000) },
    });
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.body.errors?.[0]?.message).toContain('too long');
    const label = await post(api(), { query: '{ obligationChains(actor: "inst:cedaw") { article } }' });
    expect(label.body.errors?.[0]?.message).toBe('inst:cedaw is not an Actor');
  });

  it('refuses the 774-character query and twenty deep neighbourhoods with QUERY_TOO_COSTLY', async () => {
    const nested = 'documents { provisions { document { provisions { document { id } } } } }';
    const q774 = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${nested}`).join(' ')} }`;
    const hoods = `{ ${Array.from({ length: 20 }, (_, i) => `n${i}: neighbourhood(id: "actor:states", depth: 3, limit: 2000) { nodes { id } }`).join(' ')} }`;
    for (const query of [q774, hoods]) {
      const res = await post(api(), { query });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    }
  });

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
