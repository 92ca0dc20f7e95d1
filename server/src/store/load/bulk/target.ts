// The database `--bulk` may replace: the neo4j:local instance that the environment names (its CLI
// stops and starts it), answering at NEO4J_URI from its own DBMS home, and holding no node at all. The
// home is asked of the instance itself: another instance on the same port (another clone's, say) would
// pass a check of the URI alone, and its CLI would then stop nothing while the import went elsewhere.
import { boltUri, localHome, localSettings } from '../../../../neo4j-local/paths';
import { createDriver, type Neo4jSettings } from '../../neo4j/connection';
import type { Query } from '../../neo4j/cypher';
import { loadError } from '../load-error';
import { BulkLoadError } from './bulk-error';
import { anyNode, instanceHome } from './bulk-statements';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** `uri` reaches this machine's port `port` (bolt:// or neo4j://). */
function onLocalPort(uri: string, port: number): boolean {
  try {
    const u = new URL(uri);
    return /^(bolt|neo4j):$/.test(u.protocol) && LOOPBACK.has(u.hostname) && Number(u.port || 7687) === port;
  } catch {
    return false;
  }
}

/** Throws NOT_LOCAL or DATABASE_NOT_EMPTY unless `settings` name an empty neo4j:local of `env`. */
export async function checkTarget(settings: Neo4jSettings, env: NodeJS.ProcessEnv): Promise<void> {
  const local = localSettings(env);
  const uri = boltUri(local);
  if (!onLocalPort(settings.uri, local.port))
    throw new BulkLoadError('NOT_LOCAL', `--bulk loads only into neo4j:local (${uri}), not ${settings.uri}`);
  if ((settings.database ?? 'neo4j') !== 'neo4j')
    throw new BulkLoadError('NOT_LOCAL', `--bulk imports database neo4j, not ${settings.database}`);
  const driver = createDriver(settings);
  try {
    const run = async (q: Query) => (await driver.executeQuery(q.text, q.params)).records[0];
    const home = (await run(instanceHome()))?.get('home');
    if (home !== localHome(env))
      throw new BulkLoadError(
        'NOT_LOCAL',
        `${uri} is served from ${String(home)}, not from this neo4j:local's ${localHome(env)} (NEO4J_LOCAL_DIR)`,
      );
    if ((await run(anyNode()))?.get('any') === true)
      throw new BulkLoadError(
        'DATABASE_NOT_EMPTY',
        'the database holds nodes: --bulk is for a first load into an empty neo4j:local; nothing was changed (load without --bulk)',
      );
  } catch (error) {
    throw error instanceof BulkLoadError ? error : loadError(error);
  } finally {
    await driver.close();
  }
}
