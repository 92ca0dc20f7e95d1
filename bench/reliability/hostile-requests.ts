// Generated hostile or malformed GraphQL requests: deep nesting, alias and directive floods, huge
// pages, bad ids, broken JSON, wrong content types, oversized bodies, batches, cyclic fragments. A
// seeded PRNG makes the same `count` requests on every run, so a failure can be replayed.
export interface HostileRequest {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** mulberry32: small, seeded, good enough to vary arguments. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JSON_TYPE = { 'content-type': 'application/json' };
const post = (kind: string, body: string | Uint8Array, headers: Record<string, string> = JSON_TYPE) => ({
  kind,
  method: 'POST' as const,
  path: '/graphql',
  headers,
  body,
});
const gql = (kind: string, query: string, variables?: unknown) =>
  post(kind, JSON.stringify({ query, ...(variables === undefined ? {} : { variables }) }));

type Template = (r: () => number) => HostileRequest;
const int = (r: () => number, max: number) => Math.floor(r() * max);
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[int(r, xs.length)] as T;
const BIG_INTS = [0, -1, 2 ** 31 - 1, 2 ** 31, 1e12, -2147483648];
const BAD_IDS = [
  '',
  ' ',
  'doc:',
  'x'.repeat(50_000),
  "inst:'; MATCH (n) DETACH DELETE n //",
  'actor:\u0000\uffff',
  '\ud800',
  '../../etc/passwd',
  'rec:%00',
  '🙂'.repeat(1000),
];

const TEMPLATES: Template[] = [
  (r) => {
    const depth = 20 + int(r, 200);
    return gql(
      'deep-nesting',
      `{ __schema { types { ${'fields { type { ofType { '.repeat(depth)}name${' } } }'.repeat(depth)} } } }`,
    );
  },
  (r) =>
    gql(
      'deep-nesting',
      `{ node(id: "inst:cedaw") ${'{ ... on Document { provisions '.repeat(30 + int(r, 50))}{ id }${' } }'.repeat(30 + int(r, 50))} }`,
    ),
  (r) => {
    const n = 50 + int(r, 3000);
    return gql(
      'alias-flood',
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: neighbourhood(id: "actor:states", depth: 3, limit: 2000) { nodes { id } }`).join(' ')} }`,
    );
  },
  (r) =>
    gql(
      'alias-flood',
      `{ ${Array.from({ length: 20 + int(r, 500) }, (_, i) => `s${i}: search(text: "women") { edges { node { id } } }`).join(' ')} }`,
    ),
  (r) => gql('directive-flood', `{ stats { nodes${' @include(if: true)'.repeat(50 + int(r, 2000))} } }`),
  (r) =>
    gql(
      'huge-page',
      `{ neighbourhood(id: "actor:states", depth: ${pick(r, [3, 4, 99, -1])}, limit: ${pick(r, BIG_INTS)}) { nodes { id } } }`,
    ),
  (r) => gql('huge-page', `{ search(text: "a", first: ${pick(r, BIG_INTS)}) { edges { node { id } } } }`),
  (r) => gql('huge-page', `{ obligationChains(first: ${pick(r, BIG_INTS)}) { article } }`),
  (r) =>
    gql(
      'huge-page',
      `{ recommendations(first: ${pick(r, BIG_INTS)}, after: "${pick(r, ['', 'bad', '=='.repeat(100), 'eyJ4IjoxfQ=='])}") { edges { node { id } } } }`,
    ),
  (r) =>
    gql(
      'huge-page',
      `{ paths(from: "actor:states", to: "inst:cedaw", maxLength: ${pick(r, BIG_INTS)}, first: ${pick(r, BIG_INTS)}) { length } }`,
    ),
  (r) =>
    gql('bad-id', 'query($id: ID!) { neighbourhood(id: $id) { nodes { id } } }', { id: pick(r, BAD_IDS) }),
  (r) =>
    gql('bad-id', 'query($id: ID!) { node(id: $id) { id name } similarRecommendations(id: $id) { score } }', {
      id: pick(r, BAD_IDS),
    }),
  (r) =>
    gql('bad-id', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: int(r, 20_000) }, (_, i) => `doc:${i}`),
    }),
  (r) =>
    gql(
      'bad-variables',
      'query($id: ID!, $d: Int) { neighbourhood(id: $id, depth: $d) { nodes { id } } }',
      pick(r, [{ id: 1, d: 'x' }, { id: null }, { d: 1.5, id: 'doc:x' }, [], 'str', { id: { $ne: 1 } }]),
    ),
  (r) =>
    gql(
      'bad-enum',
      `{ overlap(dimension: ${pick(r, ['NOPE', '"OBLIGATION"', 'null', '1'])}) { cells { count } } }`,
    ),
  (r) =>
    gql(
      'cyclic-fragments',
      `{ documents { ...A } } fragment A on Document { id ...B } fragment B on Document { name ...A }${' '.repeat(int(r, 10))}`,
    ),
  (r) =>
    gql(
      'syntax',
      pick(r, [
        '{',
        '}}}}',
        '{ search(text: ) }',
        'query { __typename',
        '"'.repeat(5000),
        `{ ${'('.repeat(10_000)} }`,
        'mutation { x }',
        'subscription { y }',
      ]),
    ),
  (r) =>
    post(
      'broken-json',
      pick(r, [
        '{"query": "{',
        '{"query": 1}',
        'null',
        '[]',
        '"x"',
        '{"query":"{stats{nodes}}"',
        '{"query": "{ stats { nodes } }", "variables": "x"}',
        '\u0000\u0001',
        '{"__proto__": {"query": "{ stats { nodes } }"}}',
      ]),
    ),
  (r) =>
    post(
      'broken-json',
      Uint8Array.from({ length: 100 + int(r, 5000) }, () => int(r, 256)),
    ),
  (r) =>
    post('wrong-content-type', JSON.stringify({ query: '{ stats { nodes } }' }), {
      'content-type': pick(r, [
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/graphql',
        'application/json; charset=utf-16',
        '',
      ]),
    }),
  (r) =>
    post(
      'oversized-body',
      JSON.stringify({
        query: `{ search(text: "${'w'.repeat(200_000 + int(r, 2_000_000))}") { totalCount } }`,
      }),
    ),
  (r) =>
    post(
      'batch',
      JSON.stringify(
        Array.from({ length: 2 + int(r, 1000) }, () => ({
          query: '{ overlap(dimension: ACTOR) { cells { count } } }',
        })),
      ),
    ),
  (r) => ({
    kind: 'get-query',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(pick(r, ['{ stats { nodes } }', '{', 'mutation { x }', '{ neighbourhood(id: "actor:states", depth: 3, limit: 2000) { nodes { id } } }']))}&variables=${encodeURIComponent(pick(r, ['{', '{}', 'null', '[1]']))}`,
    headers: {},
  }),
  (r) => ({
    kind: 'get-path',
    method: 'GET',
    path: pick(r, [
      '/graphql/../../etc/passwd',
      '/%00',
      '/graphql?'.padEnd(8000, 'a'),
      '/nope',
      '/graphiql?x=%ff',
    ]),
    headers: {},
  }),
  // the cases of issue 13: a cost bypass by nesting, limit-style arguments, variables of the wrong
  // type, an unknown operationName, unknown ids inside filters, oversized and nested `where`s
  (r) => {
    const nested = 'documents { provisions { document { provisions { document { id } } } } }';
    return gql(
      'nested-lists',
      `{ ${Array.from({ length: 1 + int(r, 10) }, (_, i) => `a${i}: ${nested}`).join(' ')} }`,
    );
  },
  (r) =>
    gql(
      'neighbourhood-flood',
      `{ ${Array.from({ length: 5 + int(r, 16) }, (_, i) => `n${i}: neighbourhood(id: "actor:states", depth: 3, limit: 2000) { nodes { id name properties } edges { id evidence } }`).join(' ')} }`,
    ),
  (r) =>
    gql(
      'bad-variables',
      pick(r, [
        'query($id: ID!) { node(id: $id) { id } }',
        'query($d: Int) { neighbourhood(id: "actor:states", depth: $d) { truncated } }',
        'query($m: SearchMode) { search(text: "women", mode: $m) { totalCount } }',
        'query($w: RecommendationWhere) { recommendations(where: $w) { totalCount } }',
      ]),
      pick(r, [{}, { d: '10' }, { m: 'NOPE' }, { w: { AND: 'x' } }, { id: ['a'] }, { w: { force: 'loud' } }]),
    ),
  (r) =>
    post(
      'unknown-operation',
      JSON.stringify({
        query: 'query A { stats { nodes } } query B { stats { relationships } }',
        operationName: pick(r, ['C', '', null, 1]),
      }),
    ),
  (r) =>
    gql(
      'unknown-filter-id',
      pick(r, [
        '{ recommendations(filter: { documents: ["doc:nope"] }) { totalCount } }',
        '{ recommendations(where: { OR: [{ addressee: "actor:nobody" }, { rootCause: "inst:cedaw" }] }) { totalCount } }',
        '{ recommendationCounts(groupBy: [DOCUMENT], where: { legalBasis: "obl:prevent" }) { count } }',
        '{ provision(document: "doc:nope", ref: "1") { id } }',
        `{ node(id: "${'x'.repeat(50_000)}") { id } }`,
      ]),
    ),
  (r) => {
    let where = '{ force: urges }';
    for (let i = 0, n = 5 + int(r, 40); i < n; i++)
      where = i % 2 ? `{ NOT: ${where} }` : `{ OR: [${where}, { force: must }] }`;
    return gql('nested-where', `{ recommendations(where: ${where}) { totalCount } }`);
  },
  (r) =>
    gql(
      'count-flood',
      `{ ${Array.from({ length: 1 + int(r, 19) }, (_, i) => `c${i}: recommendationCounts(groupBy: [${pick(r, ['DOCUMENT, ROOT_CAUSE, ACTOR', 'INSTRUMENT, OBLIGATION, YEAR', 'DOCUMENT, DOCUMENT', 'FORCE'])}], first: ${pick(r, [1, 10_000, 10_001, 0])}) { keys { id name } count }`).join(' ')} }`,
    ),
  (r) =>
    gql(
      'search-modes',
      `{ search(text: "${pick(r, ['traffiking', 'the of and', 'a '.repeat(40), 'ﬃ', 'Palermo Protocol'])}", mode: ${pick(r, ['ALL', 'ANY', 'PHRASE'])}, first: 100, after: "${pick(r, ['', 'bad', 'cmVjOng'])}") { totalCount suggestions edges { node { id } snippet } } }`,
    ),
  (r) => ({
    kind: 'export',
    method: 'GET',
    // one whole-graph format only: the warm-up caches it (one file per graph version), so the
    // heap after the flood compares with a baseline that holds it too
    path: pick(r, [
      '/export/graph.graphml',
      '/export/subgraph.csv?around=actor:states&depth=3&limit=2000',
      '/export/subgraph.graphml?around=actor:states&depth=2',
      '/export/subgraph.graphml?ids=',
    ]),
    headers: {},
  }),
  (r) =>
    gql(
      'introspection-flood',
      `{ ${Array.from({ length: 5 + int(r, 100) }, (_, i) => `t${i}: __schema { types { name fields { name args { name } } } }`).join(' ')} }`,
    ),
];

/** How many kinds of request there are: that many requests send each kind once. */
export const TEMPLATE_COUNT = TEMPLATES.length;

/**
 * The requests one at a time: a run holds only the one in flight, so the heap measured around the
 * flood is the server's, not the client's list of multi-megabyte bodies.
 */
export function* hostileRequests(count: number, seed = 7): Generator<HostileRequest> {
  const r = prng(seed);
  for (let i = 0; i < count; i++) yield (TEMPLATES[i % TEMPLATES.length] as Template)(r);
}
