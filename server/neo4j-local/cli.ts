// `npm run neo4j:local -- start|stop|status|env`: a real Neo4j 5.26 Community on this machine without a
// Docker engine. Every failure ends with a message and a non-zero exit, never a hang: each wait is bounded.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import neo4j from 'neo4j-driver';
import { javaArgs, LocalNeo4jError, prepare } from './java';
import { boltUri, LOCAL, type LocalSettings, localSettings } from './paths';

const log = (line: string): void => void process.stderr.write(`neo4j:local: ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function runningPid(): number | null {
  if (!existsSync(LOCAL.pidFile)) return null;
  const pid = Number(readFileSync(LOCAL.pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    rmSync(LOCAL.pidFile, { force: true });
    return null;
  }
}

const portFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

type BoltState = 'up' | 'down' | 'unauthorized';

async function bolt(s: LocalSettings): Promise<BoltState> {
  const driver = neo4j.driver(boltUri(s), neo4j.auth.basic(s.user, s.password), { connectionTimeout: 2000 });
  try {
    await driver.executeQuery('RETURN 1 AS ok');
    return 'up';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security') ? 'unauthorized' : 'down';
  } finally {
    await driver.close();
  }
}

const WRONG_PASSWORD =
  'Neo4j refuses the password: it was set on the first start (data in .neo4j/). ' +
  'Use that password (NEO4J_LOCAL_PASSWORD), or stop and delete .neo4j/ to start afresh';

const logTail = (): string =>
  existsSync(LOCAL.logFile) ? readFileSync(LOCAL.logFile, 'utf8').split('\n').slice(-25).join('\n') : '';

async function start(s: LocalSettings): Promise<void> {
  const existing = runningPid();
  if (existing !== null) {
    const state = await bolt(s);
    if (state === 'up') return log(`already running (pid ${existing}) at ${boltUri(s)}`);
    if (state === 'unauthorized') throw new LocalNeo4jError(WRONG_PASSWORD);
    throw new LocalNeo4jError(
      `a launcher is running (pid ${existing}) but Bolt does not answer; run stop first`,
    );
  }
  if (!(await portFree(s.port))) throw new LocalNeo4jError(`port ${s.port} is taken (set NEO4J_LOCAL_PORT)`);
  prepare(log);
  mkdirSync(dirname(LOCAL.logFile), { recursive: true });
  const logStart = existsSync(LOCAL.logFile) ? readFileSync(LOCAL.logFile).length : 0;
  // Bolt listens before the launcher has set the initial password: polling then would fail and
  // trip Neo4j's failed-login lock, so Bolt is asked only once this start printed its READY line.
  const launcherReady = () => readFileSync(LOCAL.logFile).subarray(logStart).includes('ATLAS_NEO4J_READY');
  const out = openSync(LOCAL.logFile, 'a');
  const child = spawn('java', javaArgs(s), {
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      ATLAS_NEO4J_HOME: LOCAL.home,
      ATLAS_NEO4J_PORT: String(s.port),
      ATLAS_NEO4J_PASSWORD: s.password,
      ATLAS_NEO4J_PAGECACHE_MB: String(s.pageCacheMb),
    },
  });
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  writeFileSync(LOCAL.pidFile, `${child.pid}\n`);
  child.unref();
  log(`starting (pid ${child.pid}), log in ${LOCAL.logFile}`);
  const deadline = Date.now() + s.startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) {
      rmSync(LOCAL.pidFile, { force: true });
      throw new LocalNeo4jError(`Neo4j exited during start (code ${exited}):\n${logTail()}`);
    }
    if (!launcherReady()) {
      await sleep(500);
      continue;
    }
    const state = await bolt(s);
    if (state === 'up') return log(`ready at ${boltUri(s)}`);
    if (state === 'unauthorized') {
      await stop();
      throw new LocalNeo4jError(WRONG_PASSWORD);
    }
    await sleep(1000);
  }
  await stop();
  throw new LocalNeo4jError(`Bolt did not answer within ${s.startTimeoutMs} ms:\n${logTail()}`);
}

async function stop(): Promise<void> {
  const pid = runningPid();
  if (pid === null) return log('not running');
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 90_000; waited += 500) {
    await sleep(500);
    if (runningPid() === null) return log('stopped');
  }
  log('did not stop within 90 s: killing');
  process.kill(pid, 'SIGKILL');
  rmSync(LOCAL.pidFile, { force: true });
}

async function status(s: LocalSettings): Promise<number> {
  const pid = runningPid();
  if (pid === null) {
    log('not running');
    return 3;
  }
  const state = await bolt(s);
  log(`running (pid ${pid}) at ${boltUri(s)}, Bolt: ${state}`);
  return state === 'up' ? 0 : 4;
}

async function main(command: string | undefined): Promise<number> {
  const s = localSettings();
  switch (command) {
    case 'start':
      await start(s);
      return 0;
    case 'stop':
      await stop();
      return 0;
    case 'status':
      return status(s);
    case 'env':
      process.stdout.write(
        `export NEO4J_URI=${boltUri(s)}\nexport NEO4J_USER=${s.user}\nexport NEO4J_PASSWORD=${s.password}\n`,
      );
      return 0;
    default:
      log('usage: neo4j:local start|stop|status|env');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof LocalNeo4jError ? error.message : `unexpected failure: ${String(error)}`);
    process.exit(1);
  },
);
