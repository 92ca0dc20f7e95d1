// Neo4j load throughput of one bundle into a named graph, emptied first so the loader really writes
// (it skips a bundle already published). Node and relationship phases are timed from the loader's
// progress events: nodes/s over schema + node batches, relationships/s over the relationship batches;
// the total includes validating and hashing the bundle, the count check, publish and clean-up.
import type { GraphBundle } from '@atlas/server/contract';
import { loadBundleIntoNeo4j } from '@atlas/server/load';
import { type BenchNeo4j, dropGraph } from '../lib/neo4j';

export interface LoadThroughput {
  graph: string;
  nodes: number;
  relationships: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** Whole load: schema, writes, count check, publish and clean-up. */
  totalSeconds: number;
}

export async function measureLoad(
  settings: BenchNeo4j,
  graph: string,
  bundle: GraphBundle,
): Promise<LoadThroughput> {
  await dropGraph(settings, graph);
  const t0 = performance.now();
  // the node phase is timed from the schema step: the bundle's validation and hash come before it
  let schemaStart = t0;
  let nodesEnd = t0;
  let relsEnd = t0;
  const report = await loadBundleIntoNeo4j(
    bundle,
    { ...settings, graph },
    {
      onProgress: (p) => {
        if (p.phase === 'schema') schemaStart = performance.now();
        if (p.phase === 'nodes') nodesEnd = performance.now();
        if (p.phase === 'relationships') relsEnd = performance.now();
      },
    },
  );
  const end = performance.now();
  return {
    graph,
    nodes: report.nodes,
    relationships: report.relationships,
    nodesPerSecond: Math.round(report.nodes / ((nodesEnd - schemaStart) / 1000)),
    relationshipsPerSecond: Math.round(report.relationships / ((relsEnd - nodesEnd) / 1000)),
    totalSeconds: Math.round((end - t0) / 100) / 10,
  };
}
