// Overlap and coverage on a graph with more documents than one overlap may compare: the cap is
// enforced the same way on both stores, named documents still compare, and the Neo4j store's
// cached indexes follow the published graph across loads.
import { describe, expect, it } from 'vitest';
import { OVERLAP_MAX_DOCUMENTS } from '../../server/src/store/contract/document-items';
import { OVERLAP_DIMENSIONS, type GraphStore } from '../../server/src/store/graph-store';
import { loadBundleIntoNeo4j } from '../../server/src/store/load/load-neo4j';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store';
import { answer } from './contract-queries';
import { miniBundle } from './fixture';
import { describeWithNeo4j } from './neo4j-env';
import { scaleBundle } from './scaled-bundle';
import { codeOf, sorted } from './suite/context';

/** 20 copies of the fixture: 60 documents, more than an overlap compares at once. */
const big = () => scaleBundle(miniBundle(), 20);
const documentsOf = (bundle: ReturnType<typeof big>) =>
  sorted(bundle.nodes.filter((n) => n.labels[0] === 'Document').map((n) => n.id));

const questions = (docs: string[]): Array<[string, (s: GraphStore) => Promise<unknown>]> =>
  OVERLAP_DIMENSIONS.flatMap(
    (dimension): Array<[string, (s: GraphStore) => Promise<unknown>]> => [
      [`all ${dimension}`, (s) => s.overlap({ dimension })],
      [
        `capped ${dimension}`,
        (s) => s.overlap({ dimension, documents: docs.slice(0, OVERLAP_MAX_DOCUMENTS) }),
      ],
      [`coverage ${dimension}`, (s) => s.coverage({ dimension })],
    ],
  );

describe('overlap beyond the document cap (memory store)', () => {
  const bundle = big();
  const store = new MemoryGraphStore(bundle);
  const docs = documentsOf(bundle);

  it('asks for named documents when the graph has more than the cap', async () => {
    expect(docs.length).toBeGreaterThan(OVERLAP_MAX_DOCUMENTS);
    expect(await codeOf(store.overlap({ dimension: 'obligations' }))).toBe('INVALID_ARGUMENT');
  });

  it('compares up to the cap of named documents, every pair once', async () => {
    const named = docs.slice(0, OVERLAP_MAX_DOCUMENTS);
    const overlap = await store.overlap({ dimension: 'obligations', documents: named });
    expect(overlap.documents).toEqual(named);
    expect(overlap.cells.length).toBe((named.length * (named.length - 1)) / 2);
    expect(overlap.cells.some((c) => c.shared.length > 0)).toBe(true);
  });

  it('covers every document of the graph', async () => {
    const coverage = await store.coverage({ dimension: 'obligations' });
    expect(coverage.documents).toEqual(docs);
    expect(new Set(coverage.cells.map((c) => c.document)).size).toBeGreaterThan(OVERLAP_MAX_DOCUMENTS);
  });
});

describeWithNeo4j('overlap beyond the document cap (Neo4j store)', (env) => {
  const settings = { ...env, graph: 'store-overlap-scale' };

  it('answers as the memory store does, and follows a new load instead of its cache', {
    timeout: 180_000,
  }, async () => {
    const neo = new Neo4jGraphStore(settings);
    try {
      for (const bundle of [miniBundle(), big(), miniBundle()]) {
        await loadBundleIntoNeo4j(bundle, settings);
        const memory = new MemoryGraphStore(bundle);
        for (const [name, run] of questions(documentsOf(bundle))) {
          expect({ name, answer: await answer(run(neo)) }).toEqual({
            name,
            answer: await answer(run(memory)),
          });
        }
      }
    } finally {
      await neo.close();
    }
  });
});
