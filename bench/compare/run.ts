// Placeholder until the side-by-side lands: the same neighbourhood and chain questions answered by an
// auto-generated @neo4j/graphql server on the same Neo4j data.
import type { CannonResult } from '../load/cannon';
import type { BenchNeo4j } from '../lib/neo4j';

export interface CompareResults {
  method?: string;
  skipped?: string;
  questions: Record<string, { ours: CannonResult; theirs: CannonResult; ratio: number }>;
}

export async function runCompare(neo: BenchNeo4j | null): Promise<CompareResults> {
  return { skipped: neo ? 'not implemented yet' : 'no Neo4j reachable', questions: {} };
}
