/**
 * The search connection (issue 13): modes, alias folding and did-you-mean suggestions. Until the API
 * serves it, the explorer falls back to the older list-shaped `search` (queries.ts SEARCH).
 */
export const SEARCH_CONNECTION = `query SearchConnection($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    totalCount
    edges { node { id name labels } score snippet }
    suggestions
  }
}`;
