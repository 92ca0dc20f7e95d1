// A neo4j:local instance of the bench's own: own port (free now), own data folder (NEO4J_LOCAL_DIR
// under .cache/bench) and password, so a bench never stops, restarts or writes into anyone else's
// Neo4j. `npm run bench` starts one when no Neo4j is reachable; the reliability script always does.
import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { cachePath, REPO } from './paths';
import { freePort } from './server';

export interface PrivateNeo4j {
  env: NodeJS.ProcessEnv;
  uri: string;
  user: string;
  password: string;
  cli(command: 'start' | 'stop' | 'status'): number;
  /**
   * `cli` without blocking: while Neo4j stops and starts (seconds each), a load test in this process
   * must keep sending requests and reading answers, or it would time its own frozen event loop.
   */
  cliAsync(command: 'start' | 'stop'): Promise<number>;
}

export interface PrivateNeo4jOptions {
  /** Folder name under .cache/bench holding data, pid and log. */
  dir: string;
  password: string;
  heap: string;
  pageCacheMb: number;
  /** A fixed port (env override); a free one otherwise — fixed ports collide with other clones'. */
  port?: number;
}

const CLI = ['--import', 'tsx', 'server/neo4j-local/cli.ts'];
/** A start is tried up to three times: a first start on a cold machine can outlast the CLI's wait. */
const START_TRIES = 3;

export async function privateNeo4j(o: PrivateNeo4jOptions): Promise<PrivateNeo4j> {
  const port = o.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_LOCAL_DIR: cachePath(o.dir),
    NEO4J_LOCAL_PORT: String(port),
    NEO4J_LOCAL_PASSWORD: o.password,
    NEO4J_LOCAL_HEAP: o.heap,
    NEO4J_LOCAL_PAGECACHE_MB: String(o.pageCacheMb),
  };
  const options: SpawnOptions = { cwd: REPO, env, stdio: ['ignore', 'ignore', 'inherit'], timeout: 240_000 };
  const run = (command: string) => spawnSync(process.execPath, [...CLI, command], options).status ?? -1;
  const runAsync = (command: string) =>
    new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [...CLI, command], options);
      child.once('error', () => resolve(-1));
      child.once('exit', (code) => resolve(code ?? -1));
    });
  return {
    env,
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: o.password,
    cli: (command) => {
      let status = run(command);
      for (let i = 1; command === 'start' && status !== 0 && i < START_TRIES; i++) status = run(command);
      return status;
    },
    cliAsync: async (command) => {
      let status = await runAsync(command);
      for (let i = 1; command === 'start' && status !== 0 && i < START_TRIES; i++)
        status = await runAsync(command);
      return status;
    },
  };
}
