// The queries the benchmark times: what the explorer asks most (search, neighbourhood) and the two
// analyses (obligation chains, overlap). Each rotates over a few realistic arguments.
export interface BenchQuery {
  name: 'search' | 'neighbourhood' | 'obligationChains' | 'overlap';
  query: string;
  variables: Array<Record<string, unknown>>;
}

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'search',
    query: `query($text: String!) { search(text: $text, first: 20) { totalCount edges { node { id name } score snippet } } }`,
    variables: [
      { text: 'forced labour' },
      { text: 'migrant women' },
      { text: 'non-punishment' },
      { text: 'demand' },
    ],
  },
  {
    name: 'neighbourhood',
    query: `query($id: ID!, $depth: Int!) { neighbourhood(id: $id, depth: $depth, limit: 300) {
      nodes { id label name } edges { id type source target method evidence } truncated omitted } }`,
    variables: [
      { id: 'inst:trafficking-protocol', depth: 1 },
      { id: 'doc:ga-res-77-194', depth: 1 },
      { id: 'rec:ga-res-77-194:23', depth: 2 },
      { id: 'actor:states', depth: 1 },
    ],
  },
  {
    name: 'obligationChains',
    query: `query($instrument: ID) { obligationChains(instrument: $instrument, first: 100) {
      article obligation { id name } recommendation { id documentId ref } actor { id name }
      steps { type method evidence { id documentId ref } } } }`,
    variables: [{ instrument: 'inst:trafficking-protocol' }, { instrument: 'inst:cedaw' }],
  },
  {
    name: 'overlap',
    // `documents` is filled per graph (withDocuments) the way the explorer asks: its first 12 documents
    query: `query($dimension: OverlapDimension!, $documents: [ID!]) { overlap(dimension: $dimension, documents: $documents) {
      cells { a { id } b { id } count items { id name } } } }`,
    variables: [
      { dimension: 'OBLIGATION' },
      { dimension: 'ROOT_CAUSE' },
      { dimension: 'ACTOR' },
      { dimension: 'INSTRUMENT' },
    ],
  },
];

/** How many documents the explorer's overlap view compares before the user chooses (web/src/api/types.ts). */
export const OVERLAP_DOCUMENTS = 12;

/**
 * The queries with the overlap asked over `documents` (the graph's first ones, as the explorer does):
 * over every document a ×100 graph (500) is beyond the API's cap of 50.
 */
export function withDocuments(queries: readonly BenchQuery[], documents: readonly string[]): BenchQuery[] {
  const ids = documents.slice(0, OVERLAP_DOCUMENTS);
  return queries.map((q) =>
    q.name === 'overlap' ? { ...q, variables: q.variables.map((v) => ({ ...v, documents: ids })) } : q,
  );
}
