// Where the embedded store's graph comes from: a bundle file when given, else graph-seed builds it
// from the vendored corpus in-process (imported lazily: the Neo4j path never loads the pipeline).
import { readFile } from 'node:fs/promises';
import { type GraphBundle, graphBundleSchema } from './bundle';
import { StoreError } from './store-error';

export async function readBundleFile(path: string): Promise<GraphBundle> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new StoreError('LOAD_FAILED', `cannot read bundle ${path}`, { cause: error });
  }
  const parsed = graphBundleSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new StoreError('LOAD_FAILED', `invalid bundle ${path}: ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

export async function bundleFrom(path: string | null): Promise<GraphBundle> {
  if (path !== null) return readBundleFile(path);
  const seed = await import('@atlas/graph-seed');
  return seed.buildBundle();
}
