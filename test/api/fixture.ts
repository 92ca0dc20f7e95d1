// The bundles the API suite runs on: the stores engineer's hand-written fixture, and the real corpus.
import { readFileSync } from 'node:fs';
import type { GraphBundle, GraphStore } from '../../server/src/store/graph-store';

export const miniBundle = (): GraphBundle =>
  JSON.parse(readFileSync(new URL('../fixtures/mini-bundle.json', import.meta.url), 'utf8')) as GraphBundle;

/** Opens a store of one kind over a bundle (memory: in-process; Neo4j: loaded into the database). */
export type OpenStore = (bundle: GraphBundle) => Promise<GraphStore>;

export const ids = (xs: Array<{ id: string }>): string[] => xs.map((x) => x.id);
export const nodeIds = (xs: Array<{ node: { id: string } }>): string[] => xs.map((x) => x.node.id);
