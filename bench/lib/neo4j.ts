// Which Neo4j the bench uses: NEO4J_URI/USER/PASSWORD when set, else the neo4j:local instance if it
// answers. Each part uses its own named graph (bench-…), so a run never touches anyone else's data.
import neo4j from 'neo4j-driver';
import { boltUri, localSettings } from '@atlas/server/neo4j-local';
import { deleteOtherVersions } from '@atlas/server/load';
import type { Neo4jSettings } from '@atlas/server/store';

export type BenchNeo4j = Omit<Neo4jSettings, 'graph'>;

export async function neo4jAvailable(settings: BenchNeo4j): Promise<boolean> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: 3000,
  });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export async function benchNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<BenchNeo4j | null> {
  if (env.BENCH_NEO4J === '0') return null;
  const local = localSettings(env);
  const settings: BenchNeo4j = env.NEO4J_URI
    ? { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '' }
    : { uri: boltUri(local), user: local.user, password: local.password };
  return (await neo4jAvailable(settings)) ? settings : null;
}

/** Removes a named graph entirely (its meta node and every version), in batches as the loader does. */
export async function dropGraph(settings: BenchNeo4j, graph: string): Promise<void> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const session = driver.session();
  try {
    await session.run('MATCH (m:AtlasMeta {key: $graph}) DELETE m', { graph });
    // versions start at 1: keeping version -1 deletes them all
    for (const query of deleteOtherVersions(graph, -1)) await session.run(query.text, query.params);
  } finally {
    await session.close();
    await driver.close();
  }
}
