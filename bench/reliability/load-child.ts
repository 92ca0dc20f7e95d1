// Child: loads one bundle file into a named graph of the Neo4j in NEO4J_URI/USER/PASSWORD; the kill
// test stops it with SIGKILL at a random point.   load-child.ts <bundle.json> <graph>
import { readFileSync } from 'node:fs';
import type { GraphBundle } from '@atlas/server/contract';
import { loadBundleIntoNeo4j } from '@atlas/server/load';
import { emit } from '../lib/child';

const [file, graph] = process.argv.slice(2);
const bundle = JSON.parse(readFileSync(file as string, 'utf8')) as GraphBundle;
const t0 = performance.now();
const report = await loadBundleIntoNeo4j(bundle, {
  uri: process.env.NEO4J_URI as string,
  user: process.env.NEO4J_USER as string,
  password: process.env.NEO4J_PASSWORD as string,
  graph: graph as string,
});
emit({ ...report, seconds: (performance.now() - t0) / 1000 });
