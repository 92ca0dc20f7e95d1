// `npm run load -- --bulk`: a first load into an empty neo4j:local through `neo4j-admin database import`
// instead of Cypher. Order, and what each failure leaves:
//   1. the target is checked (target.ts): the local instance, empty; else NOT_LOCAL or DATABASE_NOT_EMPTY,
//      nothing touched;
//   2. the CSV files (import-files.ts) and the import into a staging home beside the instance's own,
//      the instance still serving; a failure (NOT_IMPORTABLE, IMPORT_FAILED) touches nothing;
//   3. the target is checked again (the import takes a while), then the instance is stopped, the
//      imported database moved in place of its own (set aside, not deleted) and started (instance.ts);
//   4. the online loader's own steps finish (load-steps.ts): schema and index population, the empty
//      lists the importer cannot write, the count check, and the publish, one small transaction as in
//      an online load, so readers see nothing before it. A failure here brings the previous files back.
// The instance is down during step 3 only; readers get UNAVAILABLE meanwhile, as in any outage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminImport } from '../../../../neo4j-local/admin-import';
import { localDir } from '../../../../neo4j-local/paths';
import type { GraphBundle } from '../../bundle';
import { createDriver, graphName, type Neo4jSettings } from '../../neo4j/connection';
import { loadError } from '../load-error';
import { type LoadOptions, type LoadReport, validBundle } from '../load-neo4j';
import * as step from '../load-steps';
import { BulkLoadError, isBulkLoadError } from './bulk-error';
import { setEmptyLists } from './empty-lists';
import { ARRAY_DELIMITER_OPTION, type ImportFiles, writeImportFiles } from './import-files';
import { restartOn, restorePrevious } from './instance';
import { checkTarget } from './target';

export interface BulkOptions extends LoadOptions {
  /** The environment naming the neo4j:local instance (NEO4J_LOCAL_DIR, NEO4J_LOCAL_PORT, …). */
  env?: NodeJS.ProcessEnv;
  /** The importer's JVM heap (default 1g). */
  importHeap?: string;
}

export interface BulkReport extends LoadReport {
  /** Writing the CSV files. */
  filesMs: number;
  /** The importer's own run (the instance still serving its previous database). */
  importMs: number;
  /** From the instance's stop to its answering on the imported database. */
  offlineMs: number;
  /** Schema and index population, empty lists, count check and publish. */
  finishMs: number;
}

/** The version the files carry: the first one an empty database's counter gives (load-statements nextVersion). */
const FIRST_VERSION = 1;

/** Step 4 on the served import: the online loader's checks and publish, as version FIRST_VERSION. */
async function finish(run: step.LoadRun, files: ImportFiles): Promise<number> {
  await step.ensureSchema(run);
  const v = await step.allocateVersion(run);
  if (v !== FIRST_VERSION)
    throw new BulkLoadError('VERIFY_FAILED', `version counter at ${v}, files written as ${FIRST_VERSION}`);
  await setEmptyLists(run, v, files.emptyLists);
  await step.verifyCounts(run, v);
  await step.publish(run, v);
  return v;
}

const known = (error: unknown) => (isBulkLoadError(error) ? error : loadError(error));

export async function bulkLoadIntoLocalNeo4j(
  input: GraphBundle,
  settings: Neo4jSettings,
  options: BulkOptions = {},
): Promise<BulkReport> {
  const started = Date.now();
  const env = options.env ?? process.env;
  const bundle = validBundle(input);
  const graph = graphName(settings);
  const progress = options.onProgress ?? (() => {});
  await checkTarget(settings, env);
  // the files and the importer's report in the system's temporary folder; the staging home beside the
  // instance's, on its file system, so the imported database moves in by renames
  const work = mkdtempSync(join(tmpdir(), 'atlas-bulk-'));
  const staging = join(localDir(env), 'bulk-staging');
  rmSync(staging, { recursive: true, force: true });
  try {
    progress({ phase: 'bulk-files' });
    const t0 = Date.now();
    const files = writeImportFiles(bundle, graph, FIRST_VERSION, work);
    const filesMs = Date.now() - t0;
    progress({ phase: 'bulk-import' });
    const importing = adminImport(join(staging, 'home'), files.args, {
      reportFile: join(work, 'import.report'),
      heap: options.importHeap,
      extra: [
        `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
        ...(files.multiline ? ['--multiline-fields=true'] : []),
      ],
    });
    // the content hash the publish records, taken while the importer's JVM works in its own process
    const hash = step.bundleHash(bundle);
    const imported = await importing;
    const importMs = Date.now() - t0 - filesMs;
    if (imported.status !== 0)
      throw new BulkLoadError(
        'IMPORT_FAILED',
        `neo4j-admin import failed; nothing was changed:\n${imported.tail}`,
      );
    await checkTarget(settings, env);
    progress({ phase: 'bulk-restart' });
    const t1 = Date.now();
    const swap = await restartOn(join(staging, 'home'), join(staging, 'before'), env);
    const offlineMs = Date.now() - t1;
    const run: step.LoadRun = {
      driver: createDriver(settings),
      graph,
      bundle,
      hash,
      batch: options.batchSize ?? 10_000,
      parallel: 1,
      progress,
    };
    try {
      const version = await finish(run, files);
      swap.discard();
      return {
        changed: true,
        version,
        nodes: bundle.nodes.length,
        relationships: bundle.relationships.length,
        ms: Date.now() - started,
        filesMs,
        importMs,
        offlineMs,
        finishMs: Date.now() - t1 - offlineMs,
      };
    } catch (error) {
      const cause = known(error);
      throw new BulkLoadError(
        'VERIFY_FAILED',
        await restorePrevious(
          swap,
          env,
          `the imported graph did not check out (${cause.code} ${cause.message})`,
        ),
        { cause },
      );
    } finally {
      await run.driver.close();
    }
  } catch (error) {
    throw known(error);
  } finally {
    rmSync(work, { recursive: true, force: true });
    // whatever is left set aside there is an empty database's (checked twice before the stop)
    rmSync(staging, { recursive: true, force: true });
  }
}
