// `npm run bench [-- part …]`: every benchmark part in one bounded run (< 15 min on 2 cores): scale
// (seed ×1/×10/×100, Neo4j load, memory store start-up), load (autocannon per query, store and scale,
// plus the ×1 targets), compare (vs an auto-generated @neo4j/graphql server), and the API and web
// benchmarks of bench/api and bench/web (run as they are, in their own processes). Writes
// bench/results/<date>-<part>.json and bench/RESULTS.md. Parts: scale load compare api web.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type CompareResults, runCompare } from './compare/run';
import { type LoadResults, runLoad } from './load/run';
import { machine } from './lib/machine';
import { type BenchNeo4j, benchNeo4j } from './lib/neo4j';
import { type PrivateNeo4j, privateNeo4j } from './lib/private-neo4j';
import { writeReadmeSection } from './lib/readme-section';
import { bundleFile, REPO } from './lib/paths';
import { latestPart, machineLine, today, writeMarkdown, writePart } from './lib/report';
import { compareMarkdown } from './compare/report';
import { type ApiReport, loadMarkdown, scaleMarkdown, summaryMarkdown, type WebReport } from './markdown';
import { runScale, type ScaleResults } from './scale/run';

const ALL = ['scale', 'load', 'compare', 'api', 'web'];
const asked = process.argv.slice(2).filter((a) => ALL.includes(a));
const parts = asked.length > 0 ? asked : ALL;

/** Someone else's benchmark script, as is, with a time bound; its own JSON is its report. */
function external(script: string, env: NodeJS.ProcessEnv, timeoutMs: number): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: timeoutMs,
  });
  return r.status === 0 ? 'ok' : `exit ${r.status ?? r.signal}`;
}

/** The Neo4j to measure on, and the private instance to stop afterwards if one was started. */
async function neo4jForRun(): Promise<{ neo: BenchNeo4j | null; own?: PrivateNeo4j }> {
  if (process.env.BENCH_NEO4J === '0') return { neo: null };
  const found = await benchNeo4j();
  if (found) return { neo: found };
  console.log('neo4j: none answers; starting a private neo4j:local instance for this run');
  const own = await privateNeo4j({
    dir: 'neo4j-bench',
    password: 'bench-password',
    heap: process.env.NEO4J_LOCAL_HEAP ?? '2g',
    pageCacheMb: Number(process.env.NEO4J_LOCAL_PAGECACHE_MB ?? 1024),
  });
  // a bench that silently drops its Neo4j half would report half the issue: fail instead
  if (own.cli('start') !== 0)
    throw new Error('could not start a neo4j:local instance (BENCH_NEO4J=0 skips Neo4j)');
  return { neo: { uri: own.uri, user: own.user, password: own.password }, own };
}

async function main(): Promise<void> {
  const started = Date.now();
  const m = machine();
  console.log(`bench ${parts.join(' ')} on ${machineLine(m)}`);
  const { neo, own } = await neo4jForRun();
  try {
    await measure(started, m, neo);
  } finally {
    own?.cli('stop');
  }
}

async function measure(
  started: number,
  m: ReturnType<typeof machine>,
  neo: BenchNeo4j | null,
): Promise<void> {
  console.log(
    neo ? `neo4j: ${neo.uri} (graphs bench-x1, bench-x100)` : 'neo4j: BENCH_NEO4J=0, Neo4j parts skipped',
  );
  const md = [
    `# Benchmarks (${today()})`,
    '',
    `Machine: ${machineLine(m)}. Command: \`npm run bench\`. Figures are medians of what one run saw;`,
    'on a busy machine latencies are inflated — the load average is recorded with each figure.',
    '',
  ];
  let scale: ScaleResults | undefined;
  let load: LoadResults | undefined;
  let compare: CompareResults | undefined;
  // load asks both stores at ×1 and ×100; compare only at ×1
  const needed = parts.includes('load') ? [1, 100] : parts.includes('compare') ? [1] : [];
  const bundlesMissing = needed.some((factor) => !existsSync(bundleFile(factor)));
  if (parts.includes('scale') || bundlesMissing) {
    scale = await runScale(neo);
    writePart('scale', scale, m);
    md.push(...scaleMarkdown(scale));
  }
  if (parts.includes('load')) {
    load = await runLoad(neo);
    writePart('load', load, m);
    md.push(...loadMarkdown(load));
  }
  if (parts.includes('compare')) {
    compare = await runCompare(neo);
    writePart('compare', compare, m);
    md.push(...compareMarkdown(compare));
  }
  // a partial run keeps the other parts' latest figures in the summary, marked with their date
  const render = { scale: scaleMarkdown, load: loadMarkdown, compare: compareMarkdown } as const;
  for (const [part, toMd] of Object.entries(render)) {
    if (parts.includes(part)) continue;
    const earlier = latestPart(part);
    if (earlier)
      md.push(
        `_${part}: figures of an earlier run (${earlier.date.slice(0, 10)}, load average ${earlier.machine.loadAverage.join(' / ')})._`,
        '',
        ...(toMd as (r: unknown) => string[])(earlier),
      );
  }
  const env = { ...process.env };
  // bench/api loads Neo4j into the default graph name: run it on the memory store only
  delete env.NEO4J_URI;
  if (parts.includes('api'))
    md.push(
      '## API (sequential)',
      '',
      `bench/api/run.ts: ${external('bench/api/run.ts', env, 180_000)}, see \`bench/results/${today()}-api.json\`.`,
      '',
    );
  if (parts.includes('web'))
    md.push(
      '## Explorer',
      '',
      `bench/web/run.ts: ${external('bench/web/run.ts', env, 240_000)}, see \`bench/results/${today()}-web.json\`.`,
      '',
    );
  const seconds = Math.round((Date.now() - started) / 1000);
  md.push(`Whole run: ${seconds} s; load average at the end ${machine().loadAverage.join(' / ')}.`);
  console.log(`wrote ${writeMarkdown(md)}`);
  const latest = {
    scale: scale ?? (latestPart('scale') as ScaleResults | null),
    load: load ?? (latestPart('load') as LoadResults | null),
    compare: compare ?? (latestPart('compare') as CompareResults | null),
    api: latestPart('api') as ApiReport | null,
    web: latestPart('web') as WebReport | null,
  };
  console.log(`wrote ${writeReadmeSection('summary', summaryMarkdown(latest, m, seconds, parts))}`);
}

await main();
