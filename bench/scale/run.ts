// Scale part: graph-seed throughput (KB/s, peak memory) at ×1, ×10 and ×100 with each stage's growth
// from ×10 to ×100, Neo4j load throughput at ×1 and ×100, memory store start-up and heap at ×100. The
// ×100 seed is bounded (BENCH_SEED_X100_TIMEOUT_S, 420 s); when cut, the report says which stages it
// finished and the ×100 bundle is the ×1 bundle scaled with new ids (corpus-gen/scale-bundle.ts).
import { generateCorpus } from '../corpus-gen/corpus';
import { scaleBundle } from '../corpus-gen/scale-bundle';
import { DEFAULT_CORPUS_DIR } from '@atlas/graph-seed';
import { readBundle, writeBundle } from '@atlas/graph-seed/bundle';
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
  /** CPU time per stage: on a shared machine wall time shows growth that other processes caused. */
  stagesCpuMs: Record<string, number>;
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
  /** Seconds per KB at ×10 and ×100 relative to ×1: 1 is linear; > 1 grows worse than linear. */
  seedCostRatio: Record<string, number>;
  /** Per stage, the exponent k of CPU time ∝ size^k over `growthSpan`: 1 is linear, 2 all-pairs. */
  stageGrowthExponent: Record<string, number>;
  growthSpan: string;
  x100Bundle: 'seeded' | 'scaled from ×1 (new ids)';
  /** When ×100 was cut at its time bound: the bound and the stages it had finished by then (ms). */
  x100SeedCut?: { afterSeconds: number; finishedStagesMs: Record<string, number> };
  memoryStore: Record<string, number>;
  neo4jLoad: { x1?: LoadThroughput; x100?: LoadThroughput; skipped?: string };
}

function growth(a: SeedRun, b: SeedRun): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(b.stagesCpuMs)) {
    const before = Math.max(a.stagesCpuMs[stage] ?? 1, 1);
    out[stage] = Math.round((Math.log(Math.max(ms, 1) / before) / Math.log(b.kb / a.kb)) * 100) / 100;
  }
  return out;
}

export async function runScale(neo: BenchNeo4j | null): Promise<ScaleResults> {
  const runs = [await seed(1, bundleFile(1)), await seed(10)];
  const [x1, x10] = runs as [SeedRun, SeedRun];
  // ×10 → ×100, not ×1 → ×10: at ×1 the fixed start-up (module load, JIT warm-up) dominates
  const bound = Number(process.env.BENCH_SEED_X100_TIMEOUT_S ?? 420);
  let x100Bundle: ScaleResults['x100Bundle'] = 'scaled from ×1 (new ids)';
  let x100SeedCut: ScaleResults['x100SeedCut'];
  try {
    runs.push(await seed(100, bundleFile(100), bound * 1000));
    x100Bundle = 'seeded';
  } catch (error) {
    if (!(error instanceof ChildTimeout)) throw error;
    const finishedStagesMs = Object.fromEntries(
      [...error.stderr.matchAll(/^stage (\S+) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]),
    );
    x100SeedCut = { afterSeconds: bound, finishedStagesMs };
    log(
      `seed ×100 cut after ${bound} s (BENCH_SEED_X100_TIMEOUT_S); stages done: ${JSON.stringify(finishedStagesMs)}`,
    );
  }
  const x100 = runs[2];
  const stageGrowthExponent = x100 ? growth(x10, x100) : {};
  if (x100Bundle !== 'seeded') {
    log('×100 bundle: the ×1 bundle scaled with new ids');
    const one = await readBundle(bundleFile(1));
    await writeBundle(scaleBundle(one, 100), bundleFile(100));
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
      const bundle = await readBundle(bundleFile(factor));
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
    growthSpan: x100 ? '×10 → ×100' : 'not measured (×100 cut)',
    x100Bundle,
    ...(x100SeedCut ? { x100SeedCut } : {}),
    memoryStore,
    neo4jLoad,
  };
}
