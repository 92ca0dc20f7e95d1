// The markdown summary of each part, for bench/RESULTS.md: the figures, each target met or missed.
import { compareSummaryRows } from './compare/report';
import type { CompareResults } from './compare/run';
import type { LoadResults } from './load/run';
import type { Machine } from './lib/machine';
import { machineLine, mark, table } from './lib/report';
import type { ScaleResults } from './scale/run';

export function scaleMarkdown(s: ScaleResults): string[] {
  const out = [
    '## Scale',
    '',
    'graph-seed on generated corpora (bench/corpus-gen: ×N copies of the five documents, new ids and symbols):',
    '',
  ];
  out.push(
    ...table(
      [
        'corpus',
        'KB',
        'seconds',
        'pipeline CPU s',
        'KB/s',
        'peak RSS MB',
        'nodes',
        'relationships',
        'cost per KB vs ×1',
        'load avg',
      ],
      s.seed.map((r) => [
        `×${r.factor}`,
        r.kb,
        r.seconds,
        Math.round(Object.values(r.stagesCpuMs ?? {}).reduce((a, b) => a + b, 0) / 100) / 10,
        r.kbPerSecond,
        r.maxRssMb,
        r.nodes,
        r.relationships,
        r.factor === 1 ? 1 : (s.seedCostRatio[`x${r.factor}`] ?? '–'),
        r.loadAverage,
      ]),
    ),
  );
  const worst = Object.entries(s.stageGrowthExponent).sort((a, b) => b[1] - a[1]);
  out.push(
    '',
    `Stage growth exponents ${s.growthSpan} (CPU time ∝ size^k; 1 = linear, 2 = all pairs): ${worst.map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    'Cost per KB below 1 at ×10 means the fixed start-up (module load, JIT warm-up) dominates ×1.',
    `×100 bundle: ${s.x100Bundle}.` +
      (s.x100SeedCut
        ? ` Cut after ${s.x100SeedCut.afterSeconds} s having finished ${Object.keys(s.x100SeedCut.finishedStagesMs).join(', ')}.`
        : ''),
    '',
    `Memory store at ×100 (${s.memoryStore.nodes} nodes, ${s.memoryStore.relationships} relationships): start-up ${s.memoryStore.startupMs} ms (read + validate ${s.memoryStore.readMs} ms, build ${s.memoryStore.buildMs} ms), heap ${s.memoryStore.heapMb} MB, peak RSS ${s.memoryStore.maxRssMb} MB.`,
    '',
  );
  const n = s.neo4jLoad;
  if (n.skipped) out.push(`Neo4j load: skipped (${n.skipped}).`, '');
  else {
    out.push(
      ...table(
        [
          'Neo4j load',
          'nodes',
          'relationships',
          'nodes/s',
          'relationships/s',
          'total s',
          'target ≥ 30,000 rels/s',
        ],
        (['x1', 'x100'] as const).flatMap((k) => {
          const r = n[k];
          return r
            ? [
                [
                  `×${k.slice(1)}`,
                  r.nodes,
                  r.relationships,
                  r.nodesPerSecond,
                  r.relationshipsPerSecond,
                  r.totalSeconds,
                  k === 'x100' ? mark(r.relationshipsPerSecond >= 30_000) : '–',
                ],
              ]
            : [];
        }),
      ),
      '',
    );
  }
  return out;
}

export function loadMarkdown(l: LoadResults): string[] {
  const out = ['## GraphQL under load', '', `${l.method}. Latencies in ms.`, ''];
  const rows: Array<Array<string | number>> = [];
  for (const [store, scales] of Object.entries(l.perQuery)) {
    for (const [scale, queries] of Object.entries(scales)) {
      for (const [q, r] of Object.entries(queries)) {
        rows.push([
          store,
          `×${scale.slice(1)}`,
          q,
          r.p50,
          r.p95,
          r.p99,
          r.requestsPerSecond,
          r.errors + r.non2xx + r.graphqlErrors + r.timeouts,
          r.connections ?? '–',
          r.drainMs ?? '–',
          r.loadAverage,
        ]);
      }
    }
  }
  out.push(
    ...table(
      [
        'store',
        'scale',
        'query',
        'p50',
        'p95',
        'p99',
        'req/s',
        'errors',
        'clients',
        'busy after (ms)',
        'load avg',
      ],
      rows,
    ),
    '',
  );
  const mixes: Array<[string, LoadResults['soak']]> = [
    ['50 clients as fast as they can (soak)', l.soak],
    ['constant 200 req/s, evenly spaced (open model)', l.constantRate],
    ["autocannon overallRate 200 (20 connections' bursts each second)", l.burstRate],
    ['the same constant rate against a server doing no work (machine floor)', l.constantRateFloor],
  ];
  out.push(
    'Memory store ×1, the mix of the four queries:',
    '',
    ...table(
      ['run', 'requests', 'req/s', 'p50', 'p95', 'p99', 'errors', 'load avg'],
      mixes.flatMap(([name, r]) =>
        r
          ? [
              [
                name,
                r.requests,
                r.requestsPerSecond,
                r.p50,
                r.p95,
                r.p99,
                r.errors + r.non2xx + r.graphqlErrors + r.timeouts,
                r.loadAverage,
              ],
            ]
          : [],
      ),
    ),
    '',
  );
  out.push(
    ...table(
      ['target (×1, memory store)', 'measured', 'target', ''],
      Object.entries(l.targets).map(([k, t]) => [k, t.value, t.target, mark(t.met)]),
    ),
    '',
  );
  return out;
}

type Dated<T> = T & { date?: string; machine?: Machine };

/** A figure of a part measured in an earlier run carries that run's date. */
const when = (r: { date?: string } | null, parts: readonly string[], part: string): string =>
  parts.includes(part) || !r?.date ? '' : ` (run of ${r.date.slice(0, 10)})`;

/**
 * The README's summary: each target of the issue with its latest figure and whether it holds, then
 * the other headline figures; the whole tables stay in bench/RESULTS.md.
 */
export function summaryMarkdown(
  latest: {
    scale: Dated<ScaleResults> | null;
    load: Dated<LoadResults> | null;
    compare: Dated<CompareResults> | null;
    api?: ApiReport | null;
    web?: WebReport | null;
  },
  m: Machine,
  seconds: number,
  parts: readonly string[],
): string[] {
  const rows: Array<Array<string | number>> = [];
  const { scale, load, compare } = latest;
  if (scale) {
    const w = when(scale, parts, 'scale');
    for (const r of scale.seed)
      rows.push([
        `graph-seed ×${r.factor} (${r.kb} KB)${w}`,
        `${r.seconds} s, ${r.kbPerSecond} KB/s, peak RSS ${r.maxRssMb} MB`,
        '—',
        '',
        r.loadAverage,
      ]);
    const worst = Object.entries(scale.stageGrowthExponent).sort((a, b) => b[1] - a[1])[0];
    if (worst)
      rows.push([
        `seed stage growth, steepest (${scale.growthSpan})${w}`,
        `${worst[0]} ${worst[1]}`,
        'linear (≤ 1.1)',
        mark(worst[1] <= 1.1),
        '',
      ]);
    const ms = scale.memoryStore;
    rows.push([
      `memory store ×100 start-up${w}`,
      `${ms.startupMs} ms, heap ${ms.heapMb} MB, peak RSS ${ms.maxRssMb} MB`,
      '—',
      '',
      '',
    ]);
    const x100 = scale.neo4jLoad.x100;
    rows.push([
      `Neo4j load ×100${w}`,
      x100
        ? `${x100.relationshipsPerSecond} rels/s, ${x100.nodesPerSecond} nodes/s (${x100.totalSeconds} s)`
        : `skipped: ${scale.neo4jLoad.skipped}`,
      '≥ 30,000 rels/s',
      mark(x100 ? x100.relationshipsPerSecond >= 30_000 : undefined),
      '',
    ]);
  }
  if (load) {
    const w = when(load, parts, 'load');
    for (const [name, t] of Object.entries(load.targets))
      rows.push([`${TARGET_NAMES[name] ?? name}${w}`, t.value, t.target, mark(t.met), '']);
  }
  if (compare && !compare.skipped) {
    const w = when(compare, parts, 'compare');
    rows.push(...compareSummaryRows(compare, w));
  }
  const { api, web } = latest;
  if (api)
    for (const [store, qs] of Object.entries(api.results))
      rows.push([
        `${store} ×1, sequential p95 search / neighbourhood / chains / overlap (ms)${when(api, parts, 'api')}`,
        ['search', 'neighbourhood', 'obligationChains', 'overlap'].map((q) => qs[q]?.p95 ?? '–').join(' / '),
        store === 'memory' ? 'neighbourhood ≤ 20' : '—',
        store === 'memory' ? mark((qs.neighbourhood?.p95 ?? Infinity) <= 20) : '',
        api.machine.loadAverageAtEnd?.[0] ?? '',
      ]);
  if (web) {
    const w = when(web, parts, 'web');
    rows.push(
      [
        `explorer main bundle (gzip)${w}`,
        `${web.bundle.mainGzipKB} KB`,
        '≤ 350 KB',
        mark(web.pass.mainBundle),
        '',
      ],
      [
        `first interactive graph, headless chromium${w}`,
        `${Math.round(web.firstInteractiveGraph.medianMs)} ms`,
        '≤ 1500 ms',
        mark(web.pass.firstInteractive),
        web.machine.loadAverage?.[0] ?? '',
      ],
      [
        `whole graph laid out and drawn${w}`,
        `${Math.round(web.wholeGraph.layoutAndDrawMedianMs)} ms`,
        '≤ 2000 ms',
        mark(web.pass.fullGraph),
        '',
      ],
    );
  }
  return [
    `Latest \`npm run bench\` (${new Date().toISOString().slice(0, 10)}, ${seconds} s): ${machineLine(m)}.`,
    'Whole tables: [`bench/RESULTS.md`](bench/RESULTS.md); this section is rewritten by each run.',
    '',
    ...table(['what', 'figure', 'target', '', 'load avg'], rows),
  ];
}

const TARGET_NAMES: Record<string, string> = {
  memoryX1NeighbourhoodP95Ms: 'memory ×1 neighbourhood p95 (ms)',
  soakErrors: 'memory ×1, 50 clients × 30 s: errors',
  constantRateP99Ms: 'memory ×1, constant 200 req/s: p99 (ms)',
};

/** The parts of bench/api's and bench/web's own JSON reports that the summary quotes. */
export interface ApiReport {
  date?: string;
  machine: { loadAverageAtEnd?: number[] };
  results: Record<string, Record<string, { p95: number }>>;
}
export interface WebReport {
  date?: string;
  machine: { loadAverage?: number[] };
  bundle: { mainGzipKB: number };
  firstInteractiveGraph: { medianMs: number };
  wholeGraph: { layoutAndDrawMedianMs: number };
  pass: { mainBundle: boolean; firstInteractive: boolean; fullGraph: boolean };
}
