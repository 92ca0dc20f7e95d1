// The private neo4j:local instance of the kill and restart tests (bench/lib/private-neo4j.ts): small
// heap, its own data folder, so the shared instance on 7687 is never stopped, restarted or written to.
import { type PrivateNeo4j, privateNeo4j } from '../lib/private-neo4j';

export type SecondInstance = PrivateNeo4j;

export const secondInstance = (): Promise<SecondInstance> =>
  privateNeo4j({
    dir: 'neo4j-restart',
    password: 'bench-restart-password',
    heap: '512m',
    pageCacheMb: 128,
    ...(process.env.BENCH_NEO4J_RESTART_PORT ? { port: Number(process.env.BENCH_NEO4J_RESTART_PORT) } : {}),
  });
