// Scale part: graph-seed throughput (KB/s, peak memory) at ×1, ×10, ×30 and ×100, Neo4j load
// throughput at ×1 and ×100, memory store start-up and heap at ×100. ×100 is seeded only if its time,
// projected stage by stage from the ×10 → ×30 growth, fits BENCH_SEED_X100_BUDGET_S (240 s); else the
// ×100 bundle is the ×1 bundle scaled with new ids (corpus-gen/scale-bundle.ts), and the report says so.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateCorpus } from '../corpus-gen/corpus';
import { scaleBundle } from '../corpus-gen/scale-bundle';
import { DEFAULT_CORPUS_DIR, type GraphBundle } from '../../graph-seed/src/index';
import { ChildTimeout, runChild, scriptPath } from '../lib/child';
import { loadNow } from '../lib/machine';
import type { BenchNeo4j } from '../lib/neo4j';
import { bundleFile, cachePath } from '../lib/paths';
import { type LoadThroughput, measureLoad } from './neo4j-load';

interface SeedRun {
  factor: number;
  kb: number;
  seconds: number;
  kbPerSecond: number;
  maxRssMb: number;
  nodes: number;
  relationships: number;
  stagesMs: Record<string, number>;
  loadAverage: number;
}

const log = (line: string) => console.log(`scale  ${line}`);

async function seed(factor: number, out?: string, timeoutMs = 900_000): Promise<SeedRun> {
  const dir = factor === 1 ? DEFAULT_CORPUS_DIR : generateCorpus(factor, cachePath(`corpus-x${factor}`)).dir;
  const loadAverage = loadNow();
  const r = await runChild<Omit<SeedRun, 'factor' | 'loadAverage'>>(
    scriptPath('scale/seed-child.ts'),
    out ? [dir, out] : [dir],
    { timeoutMs },
  );
  log(`seed ×${factor}: ${r.kb} KB in ${r.seconds} s = ${r.kbPerSecond} KB/s, peak RSS ${r.maxRssMb} MB`);
  return { factor, ...r, loadAverage };
}

export interface ScaleResults {
  seed: SeedRun[];
  /** Seconds per KB at ×10, ×30 (and ×100) relative to ×1: 1 is linear; > 1 grows worse than linear. */
  seedCostRatio: Record<string, number>;
  /** Per stage, the exponent k of time ∝ size^k between ×10 and ×30: 1 is linear, 2 all-pairs. */
  stageGrowthExponent: Record<string, number>;
  x100Bundle: 'seeded' | 'scaled from ×1 (new ids)';
  /** ×100 seed time projected stage by stage from the ×10 → ×30 growth. */
  x100SeedProjectedSeconds: number;
  /** When ×100 was cut at its time bound: the bound and the stages it had finished by then (ms). */
  x100SeedCut?: { afterSeconds: number; finishedStagesMs: Record<string, number> };
  memoryStore: Record<string, number>;
  neo4jLoad: { x1?: LoadThroughput; x100?: LoadThroughput; skipped?: string };
}

function growth(a: SeedRun, b: SeedRun): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(b.stagesMs)) {
    const before = Math.max(a.stagesMs[stage] ?? 1, 1);
    out[stage] = Math.round((Math.log(Math.max(ms, 1) / before) / Math.log(b.kb / a.kb)) * 100) / 100;
  }
  return out;
}

/** Each stage's ×30 time carried to ×100 along its own ×10 → ×30 exponent (never below linear). */
function project(x30: SeedRun, exponents: Record<string, number>): number {
  let ms = 0;
  for (const [stage, t] of Object.entries(x30.stagesMs))
    ms += t * (100 / 30) ** Math.max(1, exponents[stage] ?? 1);
  return Math.round(ms / 1000);
}

export async function runScale(neo: BenchNeo4j | null): Promise<ScaleResults> {
  const runs = [await seed(1, bundleFile(1)), await seed(10), await seed(30, undefined, 600_000)];
  const [x1, x10, x30] = runs as [SeedRun, SeedRun, SeedRun];
  const stageGrowthExponent = growth(x10, x30);
  const projected = project(x30, stageGrowthExponent);
  const budget = Number(process.env.BENCH_SEED_X100_BUDGET_S ?? 240);
  let x100Bundle: ScaleResults['x100Bundle'] = 'scaled from ×1 (new ids)';
  let x100SeedCut: ScaleResults['x100SeedCut'];
  if (projected <= budget) {
    try {
      runs.push(await seed(100, bundleFile(100), budget * 1500));
      x100Bundle = 'seeded';
    } catch (error) {
      if (!(error instanceof ChildTimeout)) throw error;
      const finishedStagesMs = Object.fromEntries(
        [...error.stderr.matchAll(/^stage (\S+) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]),
      );
      x100SeedCut = { afterSeconds: budget * 1.5, finishedStagesMs };
      log(
        `seed ×100 cut after ${budget * 1.5} s (projected ${projected} s); stages done: ${JSON.stringify(finishedStagesMs)}`,
      );
    }
  } else log(`seed ×100 projected ${projected} s > budget ${budget} s (BENCH_SEED_X100_BUDGET_S): not run`);
  if (x100Bundle !== 'seeded') {
    log('×100 bundle: the ×1 bundle scaled with new ids');
    const one = JSON.parse(readFileSync(bundleFile(1), 'utf8')) as GraphBundle;
    writeFileSync(bundleFile(100), JSON.stringify(scaleBundle(one, 100)));
  }
  const perKb = (r: SeedRun) => r.seconds / r.kb;
  const seedCostRatio = Object.fromEntries(
    runs.slice(1).map((r) => [`x${r.factor}`, Math.round((perKb(r) / perKb(x1)) * 100) / 100]),
  );

  const memoryStore = await runChild<Record<string, number>>(
    scriptPath('scale/store-child.ts'),
    [bundleFile(100)],
    { timeoutMs: 300_000 },
  );
  log(`memory store ×100: start-up ${memoryStore.startupMs} ms, heap ${memoryStore.heapMb} MB`);

  const neo4jLoad: ScaleResults['neo4jLoad'] = {};
  if (neo) {
    for (const factor of [1, 100] as const) {
      const bundle = JSON.parse(readFileSync(bundleFile(factor), 'utf8')) as GraphBundle;
      const r = await measureLoad(neo, `bench-x${factor}`, bundle);
      neo4jLoad[`x${factor}`] = r;
      log(
        `neo4j load ×${factor}: ${r.nodesPerSecond} nodes/s, ${r.relationshipsPerSecond} rels/s (${r.totalSeconds} s)`,
      );
    }
  } else neo4jLoad.skipped = 'no Neo4j reachable (set NEO4J_URI or start neo4j:local)';
  return {
    seed: runs,
    seedCostRatio,
    stageGrowthExponent,
    x100Bundle,
    x100SeedProjectedSeconds: projected,
    ...(x100SeedCut ? { x100SeedCut } : {}),
    memoryStore,
    neo4jLoad,
  };
}
