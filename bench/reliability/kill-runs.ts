// A seed and a Neo4j load killed (SIGKILL) at a random point, ten times each. Loads alternate between
// two bundles of different size while a reader polls the graph's counts: every count it ever sees,
// and the counts after each kill, must be those of one complete bundle. A killed seed must leave the
// bundle file it was replacing whole (the previous bundle or the new one, valid either way).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle } from '@atlas/graph-seed/bundle';
import type { GraphBundle } from '@atlas/server/contract';
import { loadBundleIntoNeo4j } from '@atlas/server/load';
import { Neo4jGraphStore } from '@atlas/server/store';
import { scaleBundle } from '../corpus-gen/scale-bundle';
import { type BenchNeo4j, dropGraph } from '../lib/neo4j';
import { bundleFile, cachePath, REPO } from '../lib/paths';

const GRAPH = 'bench-kill';
const RUNS = Number(process.env.BENCH_KILL_RUNS ?? 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts a child, kills it after `afterMs` (if still running); resolves with how it ended. */
function killAfter(args: string[], env: NodeJS.ProcessEnv, afterMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    let finished = false;
    child.once('exit', (code) => {
      finished = code === 0;
      resolve(finished ? 'finished' : 'killed');
    });
    setTimeout(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    }, afterMs);
  });
}

export interface KillResults {
  loads: {
    runs: number;
    killed: number;
    finished: number;
    observed: number;
    incomplete: string[];
    countsAfterEach: string[];
  };
  seeds: { runs: number; killed: number; finished: number; bad: string[]; leftoverTmpFiles: number };
}

export async function killLoads(neo: BenchNeo4j): Promise<KillResults['loads']> {
  const a = JSON.parse(readFileSync(bundleFile(1), 'utf8')) as GraphBundle;
  const bFile = cachePath('bundle-x10-scaled.json');
  const b = scaleBundle(a, 10);
  writeFileSync(bFile, JSON.stringify(b));
  const complete = new Set([
    `${a.nodes.length}/${a.relationships.length}`,
    `${b.nodes.length}/${b.relationships.length}`,
  ]);
  await dropGraph(neo, GRAPH);
  const settings = { ...neo, graph: GRAPH };
  let t0 = performance.now();
  await loadBundleIntoNeo4j(b, settings);
  const fullMs = performance.now() - t0;
  await loadBundleIntoNeo4j(a, settings);

  const store = new Neo4jGraphStore(settings);
  const incomplete: string[] = [];
  let observed = 0;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      try {
        const s = await store.stats();
        observed++;
        if (!complete.has(`${s.nodes}/${s.relationships}`)) incomplete.push(`${s.nodes}/${s.relationships}`);
      } catch {
        // an unavailable database is another test; here only what readers see counts
      }
      await sleep(50);
    }
  })();
  const countsAfterEach: string[] = [];
  let killed = 0;
  const env = { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password };
  const childArgs = (file: string) => ['--import', 'tsx', 'bench/reliability/load-child.ts', file, GRAPH];
  // one whole child run (start-up + load of the bigger bundle) sets the window the kills fall in
  await loadBundleIntoNeo4j(a, settings);
  t0 = performance.now();
  await killAfter(childArgs(bFile), env, 600_000);
  const childMs = performance.now() - t0;
  await loadBundleIntoNeo4j(a, settings);
  for (let i = 0; i < RUNS; i++) {
    // always the bundle not published now, so every run really writes (the same one is a no-op)
    const now = await store.stats();
    const file = now.nodes === a.nodes.length ? bFile : bundleFile(1);
    t0 = performance.now();
    // the load's own part of a child run comes after its start-up: aim the kills at that span
    const startup = Math.max(0, childMs - fullMs);
    const end = await killAfter(
      childArgs(file),
      env,
      startup + Math.random() * Math.min(fullMs, childMs) * 0.95,
    );
    if (end === 'killed') killed++;
    const s = await store.stats();
    countsAfterEach.push(
      `${end} after ${Math.round(performance.now() - t0)} ms: ${s.nodes}/${s.relationships}`,
    );
    if (!complete.has(`${s.nodes}/${s.relationships}`))
      incomplete.push(`after kill ${i}: ${s.nodes}/${s.relationships}`);
  }
  polling = false;
  await poller;
  await store.close();
  await loadBundleIntoNeo4j(a, settings); // leaves no half version behind
  return { runs: RUNS, killed, finished: RUNS - killed, observed, incomplete, countsAfterEach };
}

export async function killSeeds(): Promise<KillResults['seeds']> {
  const dir = cachePath('kill-seed');
  rmSync(dir, { recursive: true, force: true });
  const out = join(dir, 'graph.json');
  const seedArgs = ['--import', 'tsx', 'graph-seed/src/cli.ts', 'seed', '--out', out, '--quiet'];
  const bad: string[] = [];
  let killed = 0;
  const t0 = performance.now();
  if ((await killAfter(seedArgs, {}, 600_000)) !== 'finished') throw new Error('seed failed');
  const seedMs = performance.now() - t0;
  const first = readFileSync(out, 'utf8');
  for (let i = 0; i < RUNS; i++) {
    // anywhere in the run, weighted to its second half, where the pipeline works and the file is written
    const end = await killAfter(seedArgs, {}, seedMs * (0.3 + Math.random() * 0.68));
    if (end === 'killed') killed++;
    try {
      await readBundle(out);
      if (readFileSync(out, 'utf8') !== first)
        bad.push(`run ${i}: bundle differs from the seed's own output`);
    } catch (error) {
      bad.push(`run ${i} (${end}): ${(error as Error).message.slice(0, 200)}`);
    }
  }
  const leftoverTmpFiles = readdirSync(dir).filter((f) => f.endsWith('.tmp')).length;
  return { runs: RUNS, killed, finished: RUNS - killed, bad, leftoverTmpFiles };
}
