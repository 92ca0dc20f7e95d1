// Side by side: the neighbourhood and obligation-chain questions answered by our server (Neo4j store),
// an auto-generated @neo4j/graphql server, and the floor (the same question as one hand-written
// Cypher query through neo4j-driver, no GraphQL), each in its own process on the same Neo4j graph
// (bench-x1, published version). First every contender's answers are checked to hold the same nodes
// and edges, and their bytes recorded; then interleaved rounds of sequential requests (rounds.ts) give
// the median ratio ours/theirs and ours/floor with min and max over the rounds; last, each contender
// under concurrent autocannon load, as a second table.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { GraphBundle } from '@atlas/server/contract';
import { loadBundleIntoNeo4j } from '@atlas/server/load';
import { type CannonResult, cannon } from '../load/cannon';
import { loadNow } from '../lib/machine';
import type { BenchNeo4j } from '../lib/neo4j';
import { bundleFile, REPO } from '../lib/paths';
import { startServer } from '../lib/server';
import { type Spread, spread } from '../lib/spread';
import {
  CONTENDERS,
  type Content,
  type Contender,
  neighbourhood,
  obligationChains,
  type Question,
  type QuestionName,
} from './questions';
import { interleavedRounds, type Target, timedPost } from './rounds';

const GRAPH = 'bench-x1';
const PLAN = {
  rounds: Number(process.env.BENCH_COMPARE_ROUNDS ?? 12),
  requests: Number(process.env.BENCH_COMPARE_REQUESTS ?? 18),
  warmup: Number(process.env.BENCH_COMPARE_WARMUP ?? 12),
};
const SECONDS = Number(process.env.BENCH_COMPARE_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 10);
/** Answers whose sizes differ by more than this fraction are reported as such. */
const SIZE_TOLERANCE = 0.1;

/** How another contender's answers compare with ours: same content, and bytes relative to ours. */
export interface Equality {
  sameContent: boolean;
  /** Distinct nodes and relationships (chains, for obligationChains) in ours / in this one. */
  nodes: [number, number];
  edges: [number, number];
  bytesRatio: number;
  sizesWithin10Percent: boolean;
}

export interface QuestionReport {
  /** Interleaved rounds measured. */
  rounds: number;
  /** Median, min and max over the rounds of (our mean ms / @neo4j/graphql's mean ms) in that round. */
  ratioMedian: number;
  ratioMin: number;
  ratioMax: number;
  /** Median over the rounds of (our mean ms / the floor's), with its min and max. */
  floorRatioMedian: number;
  floorRatioMin: number;
  floorRatioMax: number;
  /** max/min of a ratio above 1.5: too wide to conclude. */
  ratioTooWide: boolean;
  floorRatioTooWide: boolean;
  /** Mean ms per sequential request, per contender: median with min and max over the rounds. */
  meanMs: Record<Contender, Spread>;
  /** Bytes of one answer, per contender and argument. */
  bytes: Record<Contender, Record<string, number>>;
  equal: { theirs: Equality; floor: Equality };
  errors: Record<Contender, number>;
  perRound: Array<Record<Contender, number>>;
  loadAverage: number;
  /** The second table: each contender under concurrent load (CONNECTIONS clients, SECONDS s). */
  concurrent: Record<Contender, CannonResult & { loadAverage: number }>;
}

export interface CompareResults {
  method?: string;
  skipped?: string;
  neighbourhood?: QuestionReport;
  obligationChains?: QuestionReport;
}

export const COMPARED: readonly QuestionName[] = ['neighbourhood', 'obligationChains'];

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

/** A child server printing its URL on its first line of output. */
async function startChild(script: string, neo: BenchNeo4j, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO,
    env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return { url: line.toString().trim(), stop: async () => void child.kill('SIGTERM') };
}

const log = (line: string) => console.log(`compare ${line}`);

function equality(ours: Content[], other: Content[], oursBytes: number[], otherBytes: number[]): Equality {
  const distinct = (cs: Content[], k: keyof Content) => new Set(cs.flatMap((c) => c[k])).size;
  const same = ours.every(
    (c, i) =>
      c.nodes.join('\n') === other[i]?.nodes.join('\n') && c.edges.join('\n') === other[i]?.edges.join('\n'),
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const bytesRatio = Math.round((sum(otherBytes) / sum(oursBytes)) * 100) / 100;
  return {
    sameContent: same,
    nodes: [distinct(ours, 'nodes'), distinct(other, 'nodes')],
    edges: [distinct(ours, 'edges'), distinct(other, 'edges')],
    bytesRatio,
    sizesWithin10Percent: Math.abs(bytesRatio - 1) <= SIZE_TOLERANCE,
  };
}

async function measureQuestion(q: Question, urls: Record<Contender, string>): Promise<QuestionReport> {
  // every argument once per contender, ours first (theirs is handed the node ids our answer named)
  const contents = {} as Record<Contender, Content[]>;
  const bytes = {} as Record<Contender, Record<string, number>>;
  const bodies = {} as Record<Contender, string[]>;
  for (const c of ['ours', 'floor', 'theirs'] as const) {
    contents[c] = [];
    bytes[c] = {};
    bodies[c] = [];
    for (const [i, arg] of q.args.entries()) {
      const body = q.body(c, arg, contents.ours[i]);
      const r = await timedPost(urls[c], body);
      if (!r.ok) throw new Error(`${c} failed on ${q.name}(${arg}): ${r.text.slice(0, 300)}`);
      bodies[c].push(body);
      bytes[c][arg] = Buffer.byteLength(r.text);
      contents[c].push(q.content(c, (JSON.parse(r.text) as { data: unknown }).data));
    }
  }
  const b = (c: Contender) => q.args.map((a) => bytes[c][a] as number);
  const equal = {
    theirs: equality(contents.ours, contents.theirs, b('ours'), b('theirs')),
    floor: equality(contents.ours, contents.floor, b('ours'), b('floor')),
  };
  log(
    `${q.name}: same content theirs ${equal.theirs.sameContent}, floor ${equal.floor.sameContent}; bytes theirs/ours ${equal.theirs.bytesRatio}, floor/ours ${equal.floor.bytesRatio}`,
  );
  const loadAverage = loadNow();
  const target = (c: Contender): Target => ({ url: urls[c], bodies: bodies[c] });
  const targets = { ours: target('ours'), theirs: target('theirs'), floor: target('floor') };
  const rounds = await interleavedRounds(targets, PLAN);
  const ratio = spread(rounds.meanMs.map((r) => r.ours / r.theirs));
  const floorRatio = spread(rounds.meanMs.map((r) => r.ours / r.floor));
  const meanMs = Object.fromEntries(
    CONTENDERS.map((c) => [c, spread(rounds.meanMs.map((r) => r[c]))]),
  ) as Record<Contender, Spread>;
  log(
    `${q.name}: ours/theirs ${ratio.median} (${ratio.min}–${ratio.max}), ours/floor ${floorRatio.median} (${floorRatio.min}–${floorRatio.max}) over ${PLAN.rounds} rounds; mean ms ours ${meanMs.ours.median} theirs ${meanMs.theirs.median} floor ${meanMs.floor.median} (load ${loadAverage})`,
  );
  const concurrent = {} as QuestionReport['concurrent'];
  for (const c of CONTENDERS) {
    await cannon(urls[c], bodies[c], { connections: 2, seconds: 1 });
    const at = loadNow();
    concurrent[c] = {
      ...(await cannon(urls[c], bodies[c], { connections: CONNECTIONS, seconds: SECONDS })),
      loadAverage: at,
    };
  }
  return {
    rounds: PLAN.rounds,
    ratioMedian: ratio.median,
    ratioMin: ratio.min,
    ratioMax: ratio.max,
    floorRatioMedian: floorRatio.median,
    floorRatioMin: floorRatio.min,
    floorRatioMax: floorRatio.max,
    ratioTooWide: ratio.tooWide,
    floorRatioTooWide: floorRatio.tooWide,
    meanMs,
    bytes,
    equal,
    errors: rounds.errors,
    perRound: rounds.meanMs,
    loadAverage,
    concurrent,
  };
}

export async function runCompare(neo: BenchNeo4j | null): Promise<CompareResults> {
  if (!neo) return { skipped: 'no Neo4j reachable' };
  await loadBundleIntoNeo4j(JSON.parse(readFileSync(bundleFile(1), 'utf8')) as GraphBundle, {
    ...neo,
    graph: GRAPH,
  });
  const v = await publishedVersion(neo);
  const ours = await startServer({
    kind: 'neo4j',
    env: { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, NEO4J_GRAPH: GRAPH },
  });
  const theirs = await startChild('bench/compare/neo4j-graphql-server.ts', neo);
  const floor = await startChild('bench/compare/floor-server.ts', neo, { FLOOR_GRAPH: GRAPH });
  const urls: Record<Contender, string> = { ours: ours.url, theirs: theirs.url, floor: floor.url };
  const results: CompareResults = {
    method: `three contenders, each in its own process on graph ${GRAPH} (version ${v}) of ${neo.uri}: our server (Neo4j store), an auto-generated @neo4j/graphql server, and the floor (one hand-written Cypher query per question through neo4j-driver, answered as JSON over node:http, no GraphQL). ${PLAN.rounds} interleaved rounds of ${PLAN.requests} sequential requests per contender cycling through the arguments, the contenders taking turns request by request in an order rotated at every turn, after ${PLAN.warmup} warm-up requests each; a round's ratio is our mean ms over the other's in that round. Equal questions: the neighbourhood is depth 1, every type and direction, with every relationship among the nodes reached (@neo4j/graphql is handed those node ids, which it cannot find and join in one request); the chains are every chain from the instrument (fewer than a page), with its root cause. Then ${CONNECTIONS} concurrent connections × ${SECONDS} s per contender (autocannon)`,
  };
  try {
    for (const q of [neighbourhood(v), obligationChains(v)]) results[q.name] = await measureQuestion(q, urls);
  } finally {
    await Promise.all([theirs.stop(), floor.stop(), ours.stop()]);
  }
  return results;
}
