// A second neo4j:local instance for the kill and restart tests: its own port and data folder
// (NEO4J_LOCAL_DIR), so the shared instance on 7687 is never stopped, restarted or written to.
import { spawn, spawnSync } from 'node:child_process';
import { cachePath, REPO } from '../lib/paths';
import { freePort } from '../lib/server';

export interface SecondInstance {
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

/** On a free port found now (fixed ports collide with other clones' instances on a shared machine). */
export async function secondInstance(): Promise<SecondInstance> {
  const port = Number(process.env.BENCH_NEO4J_RESTART_PORT ?? (await freePort()));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_LOCAL_DIR: cachePath('neo4j-restart'),
    NEO4J_LOCAL_PORT: String(port),
    NEO4J_LOCAL_PASSWORD: 'bench-restart-password',
    NEO4J_LOCAL_HEAP: '512m',
    NEO4J_LOCAL_PAGECACHE_MB: '128',
  };
  const run = (command: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/neo4j-local/cli.ts', command], {
      cwd: REPO,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 240_000,
    }).status ?? -1;
  const runAsync = (command: string) =>
    new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/neo4j-local/cli.ts', command], {
        cwd: REPO,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
        timeout: 240_000,
      });
      child.once('error', () => resolve(-1));
      child.once('exit', (code) => resolve(code ?? -1));
    });
  return {
    env,
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: 'bench-restart-password',
    cli: (command) => {
      // A first start can lose a race in neo4j:local: Bolt answers before the launcher has set the
      // initial password, the CLI reads "unauthorized" and gives up. A second try finds it set.
      let status = run(command);
      for (let i = 0; command === 'start' && status !== 0 && i < 2; i++) status = run(command);
      return status;
    },
    cliAsync: async (command) => {
      let status = await runAsync(command);
      for (let i = 0; command === 'start' && status !== 0 && i < 2; i++) status = await runAsync(command);
      return status;
    },
  };
}
