// Loads a graph bundle into Neo4j, atomically for readers: the bundle is written as a new version
// beside the current one, its counts are checked against the bundle, then one small transaction points
// readers at it, and the old version is deleted. A load that fails or is killed leaves the published
// version untouched; its leftovers are removed by the next load. Loading the bundle already published
// is a no-op (same content hash). The steps, in this order, are load-steps.ts.
import { type GraphBundle, graphBundleSchema } from '../bundle';
import { createDriver, graphName, type Neo4jSettings } from '../neo4j/connection';
import { StoreError } from '../store-error';
import { loadError } from './load-error';
import * as step from './load-steps';
import { writeNodes, writeRelationships } from './load-writes';

export type { LoadProgress } from './load-steps';
export { bundleHash } from './load-steps';

export interface LoadOptions {
  onProgress?: (p: step.LoadProgress) => void;
  batchSize?: number;
  /** Write batches in flight at once (default 1: on two shared cores a second one was no faster). */
  parallel?: number;
}

export interface LoadReport {
  changed: boolean;
  version: number;
  nodes: number;
  relationships: number;
  ms: number;
}

/** The bundle as the loader writes it: validated first, so a bad one never reaches the database. */
export function validBundle(input: GraphBundle): GraphBundle {
  const parsed = graphBundleSchema.safeParse(input);
  if (!parsed.success)
    throw new StoreError('LOAD_FAILED', `invalid bundle: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export async function loadBundleIntoNeo4j(
  input: GraphBundle,
  settings: Neo4jSettings,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = Date.now();
  const bundle = validBundle(input);
  const run: step.LoadRun = {
    driver: createDriver(settings),
    graph: graphName(settings),
    bundle,
    hash: step.bundleHash(bundle),
    batch: options.batchSize ?? 10_000,
    parallel: options.parallel ?? 1,
    progress: options.onProgress ?? (() => {}),
  };
  const report = (changed: boolean, version: number): LoadReport => ({
    changed,
    version,
    nodes: bundle.nodes.length,
    relationships: bundle.relationships.length,
    ms: Date.now() - started,
  });
  try {
    await step.ensureSchema(run);
    const published = await step.readPublished(run);
    // leftovers of a failed or killed load, never visible to readers
    await step.removeOtherVersions(run, published.version);
    if (await step.isUnchanged(run, published)) {
      run.progress({ phase: 'unchanged', version: published.version });
      return report(false, published.version);
    }
    const v = await step.allocateVersion(run);
    const ids = await writeNodes(run, v);
    await writeRelationships(run, v, ids);
    await step.verifyCounts(run, v);
    await step.publish(run, v);
    await step.removeOtherVersions(run, v);
    run.progress({ phase: 'cleaned' });
    return report(true, v);
  } catch (error) {
    throw loadError(error);
  } finally {
    await run.driver.close();
  }
}
