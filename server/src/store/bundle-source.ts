// Where the embedded store's graph comes from: a bundle file when given, else graph-seed builds it
// from the vendored corpus in-process (imported lazily: the Neo4j path never loads the pipeline).
import { isSeedError, readBundle } from '@atlas/graph-seed/bundle';
import type { GraphBundle } from './bundle';
import { StoreError } from './store-error';

/** graph-seed's one bundle reader, its refusals (missing, not JSON, invalid) as LOAD_FAILED. */
export async function readBundleFile(path: string): Promise<GraphBundle> {
  try {
    return await readBundle(path);
  } catch (error) {
    if (isSeedError(error)) throw new StoreError('LOAD_FAILED', error.message, { cause: error });
    throw error;
  }
}

export async function bundleFrom(path: string | null): Promise<GraphBundle> {
  if (path !== null) return readBundleFile(path);
  const seed = await import('@atlas/graph-seed');
  return seed.buildBundle();
}
