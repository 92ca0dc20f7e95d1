// The store contract's limits, as plain constants with no dependency, so the explorer's browser bundle
// can read the same numbers (`@atlas/server/contract/limits`) without loading any store code.

export const LIMITS = {
  page: 1000,
  searchFirst: 1000,
  neighbourhoodNodes: 5000,
  depth: 3,
  pathLength: 4,
  paths: 100,
  /** Paths of one length enumerated before giving up: keeps a hub-dense query bounded on both stores. */
  pathCandidates: 20_000,
} as const;

/**
 * Documents one overlap compares at most. The answer has a cell per pair of documents, each listing
 * the shared items: quadratic in documents, so beyond this the caller must name the documents. Both
 * stores enforce it the same way (INVALID_ARGUMENT), and the API with them (BAD_USER_INPUT).
 */
export const OVERLAP_MAX_DOCUMENTS = 50;
