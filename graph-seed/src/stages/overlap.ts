import type { Stage } from '../stage';
import { type SimilarityOptions, similarPairs } from '../overlap/similar-pairs';

/**
 * SIMILAR_TO between recommendations of different documents: TF-IDF cosine over stemmed,
 * stop-word-free terms. Threshold 0.25 keeps pairs that share a distinctive call (checked by
 * reading pairs around it: below ~0.2 pairs share only generic vocabulary); top 5 per recommendation.
 */
export const SIMILARITY: SimilarityOptions = { threshold: 0.25, topK: 5, maxDocumentFrequency: 0.2 };

export const overlap: Stage = {
  name: 'overlap',
  run(state) {
    if (!state.graph) throw new Error('overlap runs after link');
    const recs = state.documents.flatMap((d) => d.recommendations ?? []);
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
    return { ...state, graph: { ...state.graph, relationships: [...state.graph.relationships, ...relationships] } };
  },
};
