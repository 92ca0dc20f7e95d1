// The real server (server/src/main.ts) in its own process on a free loopback port, so the load
// generator never shares an event loop with it. Memory store from a bundle file, or Neo4j by env.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { REPO } from './paths';

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function graphqlOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(2000),
    });
    return res.status === 200;
  } catch {
    return false;
  }
}

export type ServerStore = { kind: 'memory'; bundle: string } | { kind: 'neo4j'; env: NodeJS.ProcessEnv };

export async function startServer(store: ServerStore, timeoutMs = 120_000): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error', NODE_ENV: 'production' };
  delete env.NEO4J_URI;
  if (store.kind === 'neo4j') Object.assign(env, store.env);
  const args = ['--import', 'tsx', 'server/src/main.ts', '--port', String(port)];
  if (store.kind === 'memory') args.push('--bundle', store.bundle);
  const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (!(await graphqlOk(url))) {
    if (exited) throw new Error(`server exited during start (${store.kind})`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer within ${timeoutMs} ms`);
    }
    await sleep(200);
  }
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    for (let i = 0; i < 50 && !exited; i++) await sleep(200);
    if (!exited) child.kill('SIGKILL');
  };
  return { url, child, stop };
}
