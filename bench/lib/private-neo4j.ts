// A neo4j:local instance of the bench's own: own port (free now), own data folder (NEO4J_LOCAL_DIR
// under .cache/bench) and password, so a bench never stops, restarts or writes into anyone else's
// Neo4j. `npm run bench` starts one when no Neo4j is reachable; the reliability script always does.
import { spawnSync } from 'node:child_process';
import { cachePath, REPO } from './paths';
import { freePort } from './server';

export interface PrivateNeo4j {
  env: NodeJS.ProcessEnv;
  uri: string;
  user: string;
  password: string;
  cli(command: 'start' | 'stop' | 'status'): number;
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
  const run = (command: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/neo4j-local/cli.ts', command], {
      cwd: REPO,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 240_000,
    }).status ?? -1;
  return {
    env,
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: o.password,
    cli: (command) => {
      // one retry: a first start on a cold machine can outlast the CLI's wait for Bolt
      let status = run(command);
      if (command === 'start' && status !== 0) status = run(command);
      return status;
    },
  };
}
