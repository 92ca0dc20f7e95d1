// The neo4j:local instance's stop and start, through its own CLI (the same pid file, data folder, port,
// settings and bounded waits as `npm run neo4j:local`), and its restart on imported store files. The
// CLI runs as a child process without blocking: a start takes seconds, and a caller (a test runner,
// the bench) keeps its event loop.
import { spawn } from 'node:child_process';
import { localHome, REPO_ROOT } from '../../../../neo4j-local/paths';
import { type SwappedDatabase, swapDatabase } from '../../../../neo4j-local/store-files';
import { BulkLoadError } from './bulk-error';

/** Exit status of `neo4j:local <command>` for the instance `env` names (-1: not run). */
export function localInstance(command: 'start' | 'stop', env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/neo4j-local/cli.ts', command], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', () => resolve(-1));
    child.once('exit', (code) => resolve(code ?? -1));
  });
}

/** The instance's previous files back, and the instance started on them; `why` says what failed. */
export async function restorePrevious(
  swap: SwappedDatabase,
  env: NodeJS.ProcessEnv,
  why: string,
): Promise<string> {
  await localInstance('stop', env);
  swap.restore();
  const started = (await localInstance('start', env)) === 0;
  return `${why}; its previous database files are back${started ? '' : ', but it did not start on them (see its log)'}`;
}

/**
 * Stops the instance, moves database `neo4j` of home `imported` in place of its own (set aside in
 * `aside`), and starts it. A start that fails brings the previous files back (INSTANCE_FAILED).
 */
export async function restartOn(
  imported: string,
  aside: string,
  env: NodeJS.ProcessEnv,
): Promise<SwappedDatabase> {
  if ((await localInstance('stop', env)) !== 0)
    throw new BulkLoadError('INSTANCE_FAILED', 'neo4j:local did not stop; its database was not replaced');
  let swap: SwappedDatabase;
  try {
    swap = swapDatabase(imported, localHome(env), aside);
  } catch (error) {
    // the swap undid its own moves: the instance's files are as they were
    await localInstance('start', env);
    throw new BulkLoadError('INSTANCE_FAILED', `could not move the imported database in place`, {
      cause: error,
    });
  }
  if ((await localInstance('start', env)) !== 0)
    throw new BulkLoadError(
      'INSTANCE_FAILED',
      await restorePrevious(swap, env, 'neo4j:local did not start on the imported database'),
    );
  return swap;
}
