import { graphOf, recommendationsOf } from '../products';
import type { Stage } from '../stage';
import { type SimilarityOptions, similarPairs } from '../overlap/similar-pairs';

/**
 * SIMILAR_TO between recommendations of different documents: TF-IDF cosine over stemmed,
 * stop-word-free terms, top 5 per recommendation. The threshold was set by reading the corpus's pairs:
 * from 0.25 up nearly all share a distinctive call (disaggregated data, online detection); between
 * 0.20 and 0.25 about half do (national referral mechanisms, national action plans) and half share
 * only generic vocabulary; below 0.20 generic pairs dominate. 0.20 keeps the useful half of that
 * band; the API's `minScore` lets a reader raise the bar.
 */
export const SIMILARITY: SimilarityOptions = {
  threshold: 0.2,
  topK: 5,
  termsPerItem: 10,
  maxPostings: 100,
  candidatesPerItem: 25,
};

export const overlap: Stage = {
  name: 'overlap',
  needs: ['graph', 'recommendations'],
  gives: ['similarity'],
  run(state) {
    const graph = graphOf(state);
    const recs = state.documents.flatMap(recommendationsOf);
    const pairs = similarPairs(
      recs.map((r) => ({ id: r.id, group: r.documentId, text: r.text })),
      SIMILARITY,
    );
    const provisionOf = new Map(recs.map((r) => [r.id, r.provisionId]));
    const relationships = pairs.map((p) => ({
      type: 'SIMILAR_TO' as const,
      start: p.a,
      end: p.b,
      properties: {
        score: p.score,
        method: 'similarity',
        algorithm: 'tfidf-cosine',
        evidence: [provisionOf.get(p.a)!, provisionOf.get(p.b)!].sort(),
      },
    }));
    return {
      ...state,
      graph: { ...graph, relationships: [...graph.relationships, ...relationships] },
    };
  },
};
