// Where neo4j:local keeps things, and its settings from the environment. Jars and compiled launcher
// live in the ignored `.cache/neo4j-local`, data and pid/log files in the ignored `.neo4j/`.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../..');

// NEO4J_LOCAL_DIR moves data, pid and log (default `.neo4j/`), so a second instance on another port
// (the bench's restart test) never touches the first one's files.
/** The folder of the instance `env` names (NEO4J_LOCAL_DIR, as its CLI sees it): home, pid and log. */
export const localDir = (env: NodeJS.ProcessEnv): string =>
  resolve(REPO_ROOT, env.NEO4J_LOCAL_DIR ?? '.neo4j');
const DATA_DIR = localDir(process.env);

/** The DBMS home (store files) of the instance `env` names. */
export const localHome = (env: NodeJS.ProcessEnv): string => join(localDir(env), 'dbms');

export const LOCAL = {
  pom: join(here, 'pom.xml'),
  launcherSource: join(here, 'src', 'AtlasNeo4j.java'),
  lib: join(REPO_ROOT, '.cache', 'neo4j-local', 'lib'),
  libReady: join(REPO_ROOT, '.cache', 'neo4j-local', 'lib', '.complete'),
  classes: join(REPO_ROOT, '.cache', 'neo4j-local', 'classes'),
  home: localHome(process.env),
  pidFile: join(DATA_DIR, 'neo4j.pid'),
  logFile: join(DATA_DIR, 'neo4j.log'),
};

export interface LocalSettings {
  port: number;
  user: string;
  password: string;
  heap: string;
  pageCacheMb: number;
  startTimeoutMs: number;
}

export function localSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  return {
    port: Number(env.NEO4J_LOCAL_PORT ?? 7687),
    user: 'neo4j',
    // NEO4J_PASSWORD is honoured too, so `NEO4J_PASSWORD=x npm run neo4j:local -- start` then `env` agree
    password: env.NEO4J_LOCAL_PASSWORD || env.NEO4J_PASSWORD || 'atlas-local-password',
    heap: env.NEO4J_LOCAL_HEAP ?? '1g',
    pageCacheMb: Number(env.NEO4J_LOCAL_PAGECACHE_MB ?? 512),
    startTimeoutMs: Number(env.NEO4J_LOCAL_START_TIMEOUT_MS ?? 180_000),
  };
}

export const boltUri = (s: LocalSettings): string => `bolt://127.0.0.1:${s.port}`;
