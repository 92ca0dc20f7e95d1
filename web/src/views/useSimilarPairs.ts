import { useEffect, useState } from 'react';
import { gql, toFailure } from '../api/client';
import type { QueryState } from '../api/useQuery';
import { type RecWithSimilar, type SimilarPair, similarPairs } from './overlap';

const RECOMMENDATION =
  'id ref text force documentId addressees { node { name } } provision { id parent { id text } }';

/** Document A's recommendations with their similar ones: the shared measures, matched asks and direction. */
export const SIMILAR_BETWEEN = `query SimilarBetween($document: ID!, $first: Int, $after: String) {
  recommendations(filter: { documents: [$document] }, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      ${RECOMMENDATION}
      similar { score method measures { id name } spans phrases direction node { ${RECOMMENDATION} } }
    } }
  }
}`;

interface Page {
  recommendations: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: RecWithSimilar }[];
  };
}

/** The API pages recommendations (at most 200 a page), so this walks every page of document A. */
export function useSimilarPairs(a: string, b: string): QueryState<SimilarPair[]> {
  const [state, setState] = useState<QueryState<SimilarPair[]>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    (async () => {
      const recs: RecWithSimilar[] = [];
      let after: string | null = null;
      do {
        const page: Page = await gql<Page>(SIMILAR_BETWEEN, { document: a, first: 200, after });
        recs.push(...page.recommendations.edges.map((e) => e.node));
        after = page.recommendations.pageInfo.hasNextPage ? page.recommendations.pageInfo.endCursor : null;
      } while (after);
      return similarPairs(recs, b);
    })().then(
      (data) => live && setState({ status: 'ok', data }),
      (error: unknown) => live && setState({ status: 'error', failure: toFailure(error) }),
    );
    return () => {
      live = false;
    };
  }, [a, b]);
  return state;
}
