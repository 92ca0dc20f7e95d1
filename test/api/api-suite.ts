// The API suite, run once per store kind: the same queries and the same expected answers on the
// memory store and on Neo4j, each loaded with the same bundles (the fixture, and the real corpus).
import { afterAll, beforeAll, describe } from 'vitest';
import { buildBundle } from '../../graph-seed/src/index';
import type { GraphBundle, GraphStore } from '../../server/src/store/graph-store';
import { miniBundle, type OpenStore } from './fixture';
import { type Api, startApi } from './harness';
import { batchingTests } from './suite/batching';
import { corpusFactTests } from './suite/corpus-facts';
import { errorTests } from './suite/errors';
import { expressiveTests } from './suite/expressive';
import { queryTests } from './suite/queries';
import { relationTests } from './suite/relations';

let corpus: Promise<GraphBundle> | undefined;
/** The corpus bundle, built once per test file. */
export const corpusBundle = (): Promise<GraphBundle> => {
  corpus ??= buildBundle();
  return corpus;
};

function serve(openStore: OpenStore, bundle: () => GraphBundle | Promise<GraphBundle>): () => Api {
  let api: Api | undefined;
  let store: GraphStore | undefined;
  beforeAll(async () => {
    store = await openStore(await bundle());
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });
  return () => {
    if (api === undefined) throw new Error('the API did not start');
    return api;
  };
}

export function defineApiSuite(name: string, openStore: OpenStore): void {
  describe(`GraphQL API on the ${name} store`, () => {
    describe('over the fixture bundle', () => {
      const bundle = miniBundle();
      const api = serve(openStore, () => bundle);
      relationTests(api);
      queryTests(api, bundle);
      errorTests(api);
      expressiveTests(api);
      batchingTests(openStore, bundle);
    });
    describe('over the corpus', () => {
      corpusFactTests(serve(openStore, corpusBundle));
    });
  });
}
