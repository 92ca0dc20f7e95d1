// A neo4j:local instance of a test's own: its own port, password and data folder (in the system's
// temporary folder), for the bulk load, which stops and restarts the instance it loads into and must
// never do that to the Neo4j that NEO4J_URI names (other test files read and write it meanwhile).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localHome } from '../../../server/neo4j-local/paths';
import { databaseDirs } from '../../../server/neo4j-local/store-files';
import { localInstance } from '../../../server/src/store/load/bulk/instance';
import type { Neo4jSettings } from '../../../server/src/store/neo4j/connection';
import { freePort } from '../tcp-proxy';

export interface OwnNeo4j {
  /** The environment its CLI (and the bulk load) reads: NEO4J_LOCAL_DIR, NEO4J_LOCAL_PORT, … */
  env: NodeJS.ProcessEnv;
  settings: Neo4jSettings;
  /** Stopped, its database deleted, started again: empty, as after a first start. */
  wipe(): Promise<void>;
  /** Stopped and its folder deleted. */
  remove(): Promise<void>;
}

async function cli(command: 'start' | 'stop', env: NodeJS.ProcessEnv): Promise<void> {
  const status = await localInstance(command, env);
  if (status !== 0) throw new Error(`neo4j:local ${command} of a test's own instance: exit ${status}`);
}

export async function ownNeo4j(graph: string): Promise<OwnNeo4j> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-own-neo4j-'));
  const port = await freePort();
  const password = 'own-test-password';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_LOCAL_DIR: dir,
    NEO4J_LOCAL_PORT: String(port),
    NEO4J_LOCAL_PASSWORD: password,
    NEO4J_LOCAL_HEAP: '512m',
    NEO4J_LOCAL_PAGECACHE_MB: '128',
  };
  await cli('start', env);
  return {
    env,
    settings: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, graph },
    wipe: async () => {
      await cli('stop', env);
      // the system database (users, the password) stays: only the user database goes
      for (const d of databaseDirs(localHome(env))) rmSync(d, { recursive: true, force: true });
      await cli('start', env);
    },
    remove: async () => {
      await localInstance('stop', env);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
