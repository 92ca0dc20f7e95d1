// `npm run bench:bulk`: the online loader beside `npm run load -- --bulk` (load-compare.ts) at ×1 and
// ×100 (BENCH_BULK_FACTORS, e.g. `100`). ×1 is the corpus bundle; ×100 is it scaled with new ids
// (corpus-gen/scale-bundle.ts), as the scale part uses when seeding ×100 does not fit its time: the
// loaders' work depends on the graph's size and shape, not on where its text came from. Every Neo4j
// it writes is a private neo4j:local of its own, started and deleted per run; none that NEO4J_URI
// names is touched. BENCH_BULK_REPEATS (3) runs each way. Writes bench/results/<date>-bulk-load.json,
// or <date>-bulk-load-x<factors>.json for other factors than the default ones.
import { buildBundle } from '@atlas/graph-seed';
import { scaleBundle } from '../corpus-gen/scale-bundle';
import { machine } from '../lib/machine';
import { machineLine, writePart } from '../lib/report';
import { compareLoads, type LoadCompare, loadCompareMarkdown } from './load-compare';

const REPEATS = Number(process.env.BENCH_BULK_REPEATS ?? 3);
const FACTORS = (process.env.BENCH_BULK_FACTORS ?? '1,100').split(',').map(Number);
const PART = FACTORS.join(',') === '1,100' ? 'bulk-load' : `bulk-load-x${FACTORS.join('-')}`;

const m = machine();
console.log(`bulk-load on ${machineLine(m)}`);
const one = await buildBundle();
const results: LoadCompare[] = [];
for (const factor of FACTORS) {
  const bundle = factor === 1 ? one : scaleBundle(one, factor);
  results.push(await compareLoads(factor, bundle, `bench-x${factor}`, REPEATS));
}
const md = loadCompareMarkdown(results);
const file = writePart(
  PART,
  {
    method:
      `×1: the corpus bundle; ×100: it scaled with new ids. ${REPEATS} loads each way, interleaved, each into a fresh ` +
      'private neo4j:local (heap 1g, page cache 512 MB unless BENCH_BULK_NEO4J_HEAP / _PAGECACHE_MB). Write phase: ' +
      'online, the relationship batches; bulk, the importer run (nodes and relationships). End to end: from the call ' +
      'until the graph is published (validation, schema and index population, count check included). Median (min–max).',
    results: Object.fromEntries(results.map((r) => [`x${r.factor}`, r])),
    markdown: md,
    loadAverageAtEnd: machine().loadAverage,
  },
  m,
);
console.log(md.join('\n'));
console.log(`wrote ${file}`);
