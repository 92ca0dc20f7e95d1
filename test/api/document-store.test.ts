// The document cache behind Apollo (and graphql-jit's compilations): a document is kept from its
// second sighting on, within an entry and a byte budget, so one-off hostile documents are never kept.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledBytes } from '../../server/src/graphql/compile-weight';
import { DOCUMENT_CACHE, documentStore } from '../../server/src/graphql/document-store';
import { MemoryGraphStore } from '../../server/src/store/memory/memory-store';
import { miniBundle } from './fixture';
import { startApi } from './harness';

const doc = (i: number) => parse(`{ a${i}: stats { nodes } }`);

describe('document store', () => {
  it('does not keep a document seen once', async () => {
    const store = documentStore();
    await store.set('k', doc(1));
    expect(await store.get('k')).toBeUndefined();
  });

  it('keeps a document from its second sighting on and hands back the same object', async () => {
    const store = documentStore();
    const second = doc(1);
    await store.set('k', doc(1));
    await store.set('k', second);
    expect(await store.get('k')).toBe(second);
  });

  it('keeps at most maxDocuments documents, dropping the least recently used', async () => {
    const store = documentStore({ ...DOCUMENT_CACHE, maxDocuments: 3 });
    for (let i = 0; i < 5; i++) {
      await store.set(`k${i}`, doc(i));
      await store.set(`k${i}`, doc(i));
    }
    const kept = await Promise.all([0, 1, 2, 3, 4].map((i) => store.get(`k${i}`)));
    expect(kept.map((d) => d !== undefined)).toEqual([false, false, true, true, true]);
  });

  it('keeps at most maxBytes of document JSON and compilations', async () => {
    const bytes = Buffer.byteLength(JSON.stringify(doc(1))) + compiledBytes(doc(1));
    const store = documentStore({ ...DOCUMENT_CACHE, maxBytes: bytes * 2 });
    for (let i = 1; i <= 4; i++) {
      await store.set(`k${i}`, doc(i));
      await store.set(`k${i}`, doc(i));
    }
    const kept = await Promise.all([1, 2, 3, 4].map((i) => store.get(`k${i}`)));
    expect(kept.filter((d) => d !== undefined)).toHaveLength(2);
  });

  it('says which document objects it keeps, and forgets those it drops', async () => {
    const store = documentStore({ ...DOCUMENT_CACHE, maxDocuments: 1 });
    const [first, second] = [doc(1), doc(2)];
    await store.set('k1', first);
    expect(store.kept(first)).toBe(false);
    await store.set('k1', first);
    expect(store.kept(first)).toBe(true);
    await store.set('k2', second);
    await store.set('k2', second);
    expect(store.kept(second)).toBe(true);
    expect(store.kept(first)).toBe(false);
  });

  it('forgets first sightings beyond its budget, so a flood of one-offs holds a bounded set of keys', async () => {
    const store = documentStore({ ...DOCUMENT_CACHE, sightings: 2 });
    await store.set('a', doc(1));
    await store.set('b', doc(2));
    await store.set('c', doc(3));
    await store.set('a', doc(1)); // 'a' was forgotten: a first sighting again
    expect(await store.get('a')).toBeUndefined();
    await store.set('c', doc(3));
    expect(await store.get('c')).toBeDefined();
  });

  // the first sighting is interpreted by graphql-js, later ones run compiled (jit-executor.ts): the
  // variables reach each as the client sent them (enums with internal values, recursive inputs)
  it.each([
    [
      'a plain variable',
      'query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id } edges { id } } }',
      { id: 'inst:cedaw' },
    ],
    [
      'an enum variable',
      'query($d: OverlapDimension!) { overlap(dimension: $d) { documents { id } cells { count } } }',
      { d: 'OBLIGATION' },
    ],
    [
      'a recursive input variable',
      'query($w: RecommendationWhere) { recommendations(where: $w, first: 10) { totalCount edges { node { id } } } }',
      { w: { AND: [{ document: { kind: 'general_recommendation' } }, { NOT: { force: 'invites' } }] } },
    ],
  ])(
    'answers a document with %s the same before it is cached, when it is admitted and once it is cached',
    async (_, query, variables) => {
      const api = await startApi(new MemoryGraphStore(miniBundle()));
      try {
        const answers = [];
        for (let i = 0; i < 3; i++) answers.push(await api.query(query, variables));
        expect(answers[0]?.body.errors).toBeUndefined();
        expect(answers[0]?.body.data).toBeTruthy();
        expect(answers[1]).toEqual(answers[0]);
        expect(answers[2]).toEqual(answers[0]);
      } finally {
        await api.close();
      }
    },
  );
});
