// Child: seeds one corpus folder and reports time per stage, KB of text per second and peak memory
// (max RSS: the pipeline is synchronous, so nothing could sample the heap while it runs).
//   seed-child.ts <corpusDir> [bundleOut]
import { writeFileSync } from 'node:fs';
import { buildGraph } from '../../graph-seed/src/index';
import { emit } from '../lib/child';

const [corpusDir, out] = process.argv.slice(2);
let bytes = 0;
const stages: Record<string, number> = {};
const t0 = performance.now();
const { bundle } = await buildGraph({
  corpusDir,
  onDocument: (d) => {
    bytes += Buffer.byteLength(d.raw);
  },
  onStage: (name, ms) => {
    stages[name] = Math.round(ms);
    // as it goes, so a run cut short by its time bound still tells which stage it reached
    process.stderr.write(`stage ${name} ${Math.round(ms)}\n`);
  },
});
const seconds = (performance.now() - t0) / 1000;
if (out) writeFileSync(out, JSON.stringify(bundle));
emit({
  kb: Math.round(bytes / 1024),
  seconds: Math.round(seconds * 100) / 100,
  kbPerSecond: Math.round(bytes / 1024 / seconds),
  nodes: bundle.nodes.length,
  relationships: bundle.relationships.length,
  stagesMs: stages,
});
