// `npm run bench:regression -- --base <checkout>`: is this checkout slower than an earlier one? Both
// servers (memory store, each built from its own checkout and bundle) answer the benchmark queries of
// bench/api in interleaved rounds, the order swapped every round, so what else the machine does weighs
// on both alike; the report is the median of the per-round ratios head/base with their min and max,
// of wall time and of the server processes' CPU time (what the code costs, less moved by other work on
// a shared machine than the wall clock, which also waits for the cores).
// The base is any installed checkout of this repository (`git worktree add <dir> <ref>`, `npm ci`).
// `--same-bundle` serves the base's bundle on both sides, so the code is compared on the same graph
// (the head's own graph may have grown; its answers then weigh more and say nothing of the code).
// Writes bench/results/<date>-regression.json.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_QUERIES, type BenchQuery } from '../api/queries';
import { timedPost } from '../compare/rounds';
import { machine } from '../lib/machine';
import { REPO } from '../lib/paths';
import { machineLine, writePart } from '../lib/report';
import { freePort, graphqlOk } from '../lib/server';
import { type Spread, showSpread, spread } from '../lib/spread';

const ROUNDS = 20;
const REQUESTS = 400;
const WARMUP = 60;

interface Side {
  name: 'head' | 'base';
  dir: string;
  commit: string;
  url: string;
  child: ChildProcess;
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const git = (dir: string, ...args: string[]): string =>
  spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).stdout.trim();

/** The checkout's own bundle, seeded by its own pipeline once. */
function ownBundle(dir: string): string {
  const bundle = join(dir, 'graph.json');
  if (!existsSync(bundle)) {
    const seeded = spawnSync('npm', ['run', '-s', 'seed'], { cwd: dir, stdio: 'inherit' });
    if (seeded.status !== 0) throw new Error(`seeding ${dir} failed`);
  }
  return bundle;
}

/** The checkout's server over a bundle, on a free loopback port. */
async function start(name: Side['name'], dir: string, bundle: string): Promise<Side> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error', NODE_ENV: 'production' };
  delete env.NEO4J_URI;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/src/main.ts', '--port', String(port), '--bundle', bundle],
    { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (!(await graphqlOk(url))) {
    if (child.exitCode !== null) throw new Error(`the ${name} server exited during start`);
    if (Date.now() > deadline) throw new Error(`the ${name} server did not answer within 120 s`);
    await new Promise((r) => setTimeout(r, 300));
  }
  await settled(child.pid as number);
  return { name, dir, commit: git(dir, 'rev-parse', '--short', 'HEAD'), url, child };
}

/**
 * Waits until a started server has finished the work it does on its own at start-up (a version may
 * warm a cache or lay out the graph in a worker thread): its CPU time must stay almost still for half
 * a second. Otherwise that work would be counted in the first rounds as the cost of requests.
 */
async function settled(pid: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const before = cpuMs(pid);
    await new Promise((r) => setTimeout(r, 500));
    if (cpuMs(pid) - before <= 20 || Date.now() > deadline) return;
  }
}

/** CPU time of a process so far (user + system), from /proc (Linux; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  // fields after the command name, which is in parentheses and may hold spaces
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const bodiesOf = (q: BenchQuery): string[] =>
  q.variables.map((variables) => JSON.stringify({ query: q.query, variables }));

/**
 * The base's own benchmark queries, where it has them: the API may have changed between the versions
 * (a field became a connection), and a question asked in the head's words would only measure the base's
 * error path. Each side is then asked the same question in its own schema's words.
 */
async function baseQueries(dir: string): Promise<Map<string, BenchQuery>> {
  const file = join(dir, 'bench/api/queries.ts');
  if (!existsSync(file)) return new Map();
  const mod = (await import(pathToFileURL(file).href)) as { BENCH_QUERIES?: BenchQuery[] };
  return new Map((mod.BENCH_QUERIES ?? []).map((q) => [q.name, q]));
}

async function slot(side: Side, bodies: readonly string[], n: number) {
  let ms = 0;
  let bytes = 0;
  let errors = 0;
  const cpu0 = cpuMs(side.child.pid as number);
  for (let i = 0; i < n; i++) {
    const r = await timedPost(side.url, bodies[i % bodies.length] as string);
    ms += r.ms;
    bytes += r.text.length;
    if (!r.ok) errors++;
  }
  const cpu = cpuMs(side.child.pid as number) - cpu0;
  return { meanMs: ms / n, cpuMs: cpu / n, meanBytes: Math.round(bytes / n), errors };
}

interface QuestionResult {
  rounds: number;
  ratio: Spread;
  /** Head/base of the servers' CPU time per request. */
  cpuRatio: Spread;
  headMs: Spread;
  baseMs: Spread;
  headBytes: number;
  baseBytes: number;
  comparable: boolean;
  /** Whether both sides were sent the same query text (else each its own version's, see baseQueries). */
  sameQuery: boolean;
}

async function question(
  head: Side,
  base: Side,
  headQuery: BenchQuery,
  baseQuery: BenchQuery,
): Promise<QuestionResult> {
  const bodiesFor = new Map([
    ['head', bodiesOf(headQuery)],
    ['base', bodiesOf(baseQuery)],
  ]);
  const bodies = (side: Side) => bodiesFor.get(side.name) as string[];
  await slot(head, bodies(head), WARMUP);
  await slot(base, bodies(base), WARMUP);
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const headMs: number[] = [];
  const baseMs: number[] = [];
  let headBytes = 0;
  let baseBytes = 0;
  let errors = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? [head, base] : [base, head];
    const got = new Map<string, Awaited<ReturnType<typeof slot>>>();
    for (const side of order) got.set(side.name, await slot(side, bodies(side), REQUESTS));
    const h = got.get('head') as Awaited<ReturnType<typeof slot>>;
    const b = got.get('base') as Awaited<ReturnType<typeof slot>>;
    ratios.push(h.meanMs / b.meanMs);
    cpuRatios.push(h.cpuMs / b.cpuMs);
    headMs.push(h.meanMs);
    baseMs.push(b.meanMs);
    headBytes = h.meanBytes;
    baseBytes = b.meanBytes;
    errors += h.errors + b.errors;
  }
  return {
    rounds: ROUNDS,
    ratio: spread(ratios),
    cpuRatio: spread(cpuRatios),
    headMs: spread(headMs),
    baseMs: spread(baseMs),
    headBytes,
    baseBytes,
    comparable: errors === 0,
    sameQuery: headQuery.query === baseQuery.query,
  };
}

async function main(): Promise<void> {
  const baseDir = argValue('--base');
  if (!baseDir)
    throw new Error('usage: npm run bench:regression -- --base <installed checkout of an earlier commit>');
  const m = machine();
  console.log(`regression on ${machineLine(m)}`);
  const sameBundle = process.argv.includes('--same-bundle');
  const baseBundle = ownBundle(resolve(baseDir));
  const head = await start('head', REPO, sameBundle ? baseBundle : ownBundle(REPO));
  const base = await start('base', resolve(baseDir), baseBundle);
  const results: Record<string, QuestionResult> = {};
  const theirs = await baseQueries(resolve(baseDir));
  try {
    for (const q of BENCH_QUERIES) {
      const r = await question(head, base, q, theirs.get(q.name) ?? q);
      results[q.name] = r;
      const show = (s: Spread) =>
        s.tooWide ? `${showSpread(s)}, spread too wide to conclude` : showSpread(s);
      const verdict = !r.comparable
        ? 'not comparable: one side answered with errors'
        : `head/base wall ${show(r.ratio)}, CPU ${show(r.cpuRatio)}`;
      const asked = r.sameQuery ? '' : " (each side asked in its own version's query)";
      console.log(`${q.name.padEnd(17)} ${verdict}${asked}; bytes head ${r.headBytes} base ${r.baseBytes}`);
    }
  } finally {
    head.child.kill();
    base.child.kill();
  }
  const file = writePart(
    'regression',
    {
      head: head.commit,
      base: base.commit,
      bundle: sameBundle ? "the base's, on both sides" : 'each its own',
      plan: { ROUNDS, REQUESTS, WARMUP },
      results,
    },
    m,
  );
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
