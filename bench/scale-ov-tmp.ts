import { generateCorpus } from '/work/wt-overlap/bench/corpus-gen/corpus';
import { readCatalogues } from '/work/wt-overlap/graph-seed/src/io/catalogues';
import { readCorpus } from '/work/wt-overlap/graph-seed/src/io/corpus';
import { STAGES } from '/work/wt-overlap/graph-seed/src/pipeline';
const factor = Number(process.argv[2]);
const { dir } = generateCorpus(factor, `/tmp/ov-corpus-x${factor}`);
const [documents, catalogues] = await Promise.all([readCorpus(dir), readCatalogues()]);
let state: any = { documents, catalogues, discovered: new Map() };
for (const s of STAGES) {
  const c0 = process.cpuUsage();
  state = s.run(state);
  const c = process.cpuUsage(c0);
  if (s.name === 'overlap') {
    const sim = state.graph.relationships.filter((r: any) => r.type === 'SIMILAR_TO').length;
    const cf = state.graph.relationships.filter((r: any) => r.type === 'CALLS_FOR').length;
    console.log(`x${factor} overlap cpu ${((c.user + c.system) / 1000).toFixed(0)} ms, SIMILAR_TO ${sim}, CALLS_FOR ${cf}, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  }
}
