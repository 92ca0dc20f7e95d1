// Public face of the stores: the contract, both implementations, the loader and the factory the
// server calls with its configuration.
import type { StoreConfig } from '../config';
import type { GraphStore } from './graph-store';
import { bundleFrom } from './bundle-source';
import { MemoryGraphStore } from './memory/memory-store';
import { Neo4jGraphStore } from './neo4j/neo4j-store';

export type * from './graph-store';
export { OVERLAP_DIMENSIONS } from './graph-store';
export { isStoreError, STORE_ERROR_CODES, StoreError, type StoreErrorCode } from './store-error';
export { LIMITS } from './contract/validate';
export { MemoryGraphStore } from './memory/memory-store';
export { Neo4jGraphStore } from './neo4j/neo4j-store';
export { bundleFrom, readBundleFile } from './bundle-source';
export { loadBundleIntoNeo4j, type LoadProgress, type LoadReport } from './load/load-neo4j';

/** Never fails for an unreachable Neo4j: the store then reports itself down and recovers by itself. */
export async function createGraphStore(config: StoreConfig): Promise<GraphStore> {
  switch (config.kind) {
    case 'memory':
      return new MemoryGraphStore(await bundleFrom(config.bundlePath));
    case 'neo4j':
      return new Neo4jGraphStore(config);
  }
}
