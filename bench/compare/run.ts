// Side by side: the same neighbourhood and chain questions answered by our server (Neo4j store) and by
// an auto-generated @neo4j/graphql server, both in their own processes on the same Neo4j graph
// (bench-x1, published version), under the same autocannon load. Reports the ratio of our p95 to theirs.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { GraphBundle } from '@atlas/server/contract';
import { loadBundleIntoNeo4j } from '@atlas/server/load';
import { type CannonResult, cannon } from '../load/cannon';
import type { BenchNeo4j } from '../lib/neo4j';
import { bundleFile, REPO } from '../lib/paths';
import { startServer } from '../lib/server';
import { chainsQuery, neighbourhoodQuery } from './type-defs';

export interface CompareResults {
  method?: string;
  skipped?: string;
  questions: Record<string, { ours: CannonResult; theirs: CannonResult; ratio: number }>;
}

const GRAPH = 'bench-x1';
const SECONDS = Number(process.env.BENCH_COMPARE_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 10);
const NEIGHBOURHOOD_IDS = ['inst:trafficking-protocol', 'doc:ga-res-77-194', 'actor:states'];
const CHAIN_IDS = ['inst:trafficking-protocol', 'inst:cedaw'];

export async function publishedVersion(neo: BenchNeo4j): Promise<number> {
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password), {
    disableLosslessIntegers: true,
  });
  try {
    const { records } = await driver.executeQuery('MATCH (m:AtlasMeta {key: $g}) RETURN m.version AS v', {
      g: GRAPH,
    });
    return Number(records[0]?.get('v'));
  } finally {
    await driver.close();
  }
}

async function startTheirs(neo: BenchNeo4j) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/compare/neo4j-graphql-server.ts'], {
    cwd: REPO,
    env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: line.toString().trim(), stop: () => child.kill('SIGTERM') };
}

const body = (query: string, variables: unknown) => JSON.stringify({ query, variables });

export async function runCompare(neo: BenchNeo4j | null): Promise<CompareResults> {
  if (!neo) return { skipped: 'no Neo4j reachable', questions: {} };
  await loadBundleIntoNeo4j(JSON.parse(readFileSync(bundleFile(1), 'utf8')) as GraphBundle, {
    ...neo,
    graph: GRAPH,
  });
  const v = await publishedVersion(neo);
  const ours = await startServer({
    kind: 'neo4j',
    env: { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, NEO4J_GRAPH: GRAPH },
  });
  const theirs = await startTheirs(neo);
  const questions: CompareResults['questions'] = {};
  try {
    const sets = {
      neighbourhood: {
        ours: NEIGHBOURHOOD_IDS.map((id) =>
          body(
            'query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 2000) { nodes { id name } edges { id type source target method evidence } } }',
            { id },
          ),
        ),
        theirs: NEIGHBOURHOOD_IDS.map((id) => body(neighbourhoodQuery(), { id, v })),
      },
      obligationChains: {
        ours: CHAIN_IDS.map((instrument) =>
          body(
            'query($instrument: ID) { obligationChains(instrument: $instrument, first: 100) { article obligation { id name } recommendation { id documentId ref } actor { id name } steps { type method evidence { id } } } }',
            { instrument },
          ),
        ),
        theirs: CHAIN_IDS.map((id) => body(chainsQuery(), { id, v })),
      },
    };
    for (const [name, s] of Object.entries(sets)) {
      for (const [url, payloads] of [
        [ours.url, s.ours],
        [theirs.url, s.theirs],
      ] as const)
        await cannon(url, payloads, { connections: 2, seconds: 1 });
      const o = await cannon(ours.url, s.ours, { connections: CONNECTIONS, seconds: SECONDS });
      const t = await cannon(theirs.url, s.theirs, { connections: CONNECTIONS, seconds: SECONDS });
      questions[name] = { ours: o, theirs: t, ratio: Math.round((o.p95 / t.p95) * 100) / 100 };
      console.log(
        `compare ${name}: ours p95 ${o.p95} ms (errors ${o.errors + o.non2xx + o.graphqlErrors}), @neo4j/graphql p95 ${t.p95} ms (errors ${t.errors + t.non2xx + t.graphqlErrors}), ratio ${questions[name]?.ratio}`,
      );
    }
  } finally {
    theirs.stop();
    await ours.stop();
  }
  return {
    method: `both servers in their own processes on graph ${GRAPH} (version ${v}) of ${neo.uri}; ${CONNECTIONS} connections × ${SECONDS} s per question and server; ratio = our p95 / theirs (< 1: ours faster). Their queries ask for the same data: depth-1 neighbours over every type and direction with method and evidence; chains instrument ← obligation ← recommendation → actor`,
    questions,
  };
}
