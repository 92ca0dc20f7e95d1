// Public face `@atlas/server/store`: the contract, both implementations, the bundle reader and the
// factory the server calls with its configuration. (The Neo4j loader is `@atlas/server/load`.)
import type { StoreConfig } from '../config';
import type { GraphStore } from './graph-store';
import { bundleFrom } from './bundle-source';
import { MemoryGraphStore } from './memory/memory-store';
import { Neo4jGraphStore } from './neo4j/neo4j-store';

export * from './contract/index';
export type { StoreConfig } from '../config';
export { storeConfig } from '../config';
export { MemoryGraphStore } from './memory/memory-store';
export { Neo4jGraphStore } from './neo4j/neo4j-store';
export type { Neo4jSettings } from './neo4j/connection';
export { bundleFrom, readBundleFile } from './bundle-source';

/** Never fails for an unreachable Neo4j: the store then reports itself down and recovers by itself. */
export async function createGraphStore(config: StoreConfig): Promise<GraphStore> {
  switch (config.kind) {
    case 'memory':
      return new MemoryGraphStore(await bundleFrom(config.bundlePath));
    case 'neo4j':
      return new Neo4jGraphStore(config);
  }
}
