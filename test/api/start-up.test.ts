// The real entry point (server/src/main.ts) as `npm start` runs it, with the store settings a
// compose file or a shell leaves behind: an empty variable means unset, a bad one is one line naming it.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  child = undefined;
});

function start(env: NodeJS.ProcessEnv, port: number): { stderr: () => string } {
  const base = { ...process.env };
  delete base.NEO4J_URI;
  delete base.GRAPH_BUNDLE;
  child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', '--port', String(port)], {
    env: { ...base, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return { stderr: () => err };
}

async function health(port: number, timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await (await fetch(`http://127.0.0.1:${port}/health`)).json();
    } catch (error) {
      if (Date.now() > deadline || child?.exitCode !== null) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe('start-up settings', () => {
  it('serves the embedded store when NEO4J_URI is set but empty', async () => {
    const port = await freePort();
    start({ NEO4J_URI: '', GRAPH_BUNDLE: '' }, port);
    expect(await health(port, 60_000)).toMatchObject({ status: 'up', store: 'memory' });
  }, 90_000);

  it('refuses a malformed NEO4J_URI with one line naming the variable, no stack', async () => {
    const port = await freePort();
    const run = start({ NEO4J_URI: 'not a uri' }, port);
    const [code] = (await once(child as ChildProcess, 'exit')) as [number];
    expect(code).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('NEO4J_URI');
  }, 90_000);

  it('answers a client that never finishes its headers with 408 within seconds, and keeps serving', async () => {
    const port = await freePort();
    start({ NEO4J_URI: '' }, port);
    await health(port, 60_000);
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const started = Date.now();
    let answer = '';
    socket.on('data', (d: Buffer) => {
      answer += d.toString();
    });
    await once(socket, 'close');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // the headers timeout is 5 s and the server looks every second; Node's default would be 30 s
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await health(port, 5_000)).toMatchObject({ status: 'up' });
  }, 90_000);
});
