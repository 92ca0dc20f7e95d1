// Child: seeds one corpus folder and reports time per stage, KB of text per second and peak memory
// (max RSS: the pipeline is synchronous, so nothing could sample the heap while it runs). Each stage's
// CPU time (user + system of this process) is reported beside its wall time: on a shared machine the
// wall time of a stage grows with other people's load, its CPU time far less.
//   seed-child.ts <corpusDir> [bundleOut]
import { buildGraph, writeBundle } from '@atlas/graph-seed';
import { emit } from '../lib/child';

const [corpusDir, out] = process.argv.slice(2);
let bytes = 0;
const stages: Record<string, number> = {};
const stagesCpu: Record<string, number> = {};
let cpuAtStart = process.cpuUsage();
const t0 = performance.now();
const { bundle } = await buildGraph({
  corpusDir,
  onDocument: (d) => {
    bytes += Buffer.byteLength(d.raw);
  },
  onStageStart: () => {
    cpuAtStart = process.cpuUsage();
  },
  onStage: (name, ms) => {
    const cpu = process.cpuUsage(cpuAtStart);
    stagesCpu[name] = Math.round((cpu.user + cpu.system) / 1000);
    stages[name] = Math.round(ms);
    // as it goes, so a run cut short by its time bound still tells which stage it reached
    process.stderr.write(`stage ${name} ${Math.round(ms)}\n`);
  },
});
const seconds = (performance.now() - t0) / 1000;
// Written as the seed command writes it (chunked, atomically), so its peak memory is the command's.
if (out) await writeBundle(bundle, out);
emit({
  kb: Math.round(bytes / 1024),
  seconds: Math.round(seconds * 100) / 100,
  kbPerSecond: Math.round(bytes / 1024 / seconds),
  nodes: bundle.nodes.length,
  relationships: bundle.relationships.length,
  stagesMs: stages,
  stagesCpuMs: stagesCpu,
});
