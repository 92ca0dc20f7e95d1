import { useEffect, useState } from 'react';
import { type Answered, gql, toFailure } from '../api/client';
import type { SimilarBetweenQuery } from '../api/generated/graphql';
import { SIMILAR_BETWEEN } from '../api/queries';
import type { QueryState } from '../api/useQuery';
import { type RecWithSimilar, type SimilarPair, similarPairs } from './overlap';

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
        const page: Answered<SimilarBetweenQuery> = await gql(SIMILAR_BETWEEN, {
          document: a,
          first: 200,
          after,
        });
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
