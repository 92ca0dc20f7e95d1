// Explorer benchmarks (npm run bench:web): main bundle size (gzip), time from navigation to the first
// interactive graph, and time to lay out and draw the whole graph, in headless chromium against the
// real server on the vendored corpus. A view counts as ready when it is idle: drawn, and no long task
// (PerformanceObserver 'longtask', over 50 ms) in the last second; the longest task is reported.
// Writes bench/results/<date>-web.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startAtlas, WEB_DIST } from '../../test/e2e/atlas-server';
import { chromiumAvailable, launchBrowser } from '../../test/e2e/browser';
import { buildWeb } from '../../test/e2e/build-web';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGETS = {
  mainBundleGzipKB: 350,
  firstInteractiveMs: 1500,
  fullGraphDrawnMs: 2000,
  longestTaskMs: 200,
};
/** Idle: no long task has started or run in this window. */
const IDLE_WINDOW_MS = 1000;
const FIRST_VIEW = '/?view=graph&x=inst%3Atrafficking-protocol~*~8&sel=inst%3Atrafficking-protocol';
const WHOLE_VIEW = '/?view=graph&all=1';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number): number => Math.round(x * 10) / 10;

function bundleSizes() {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const main = html.match(/<script[^>]+src="\/([^"]+\.js)"/)?.[1];
  if (!main) throw new Error('no entry script in web/dist/index.html');
  const gz = (file: string) => gzipSync(readFileSync(join(WEB_DIST, file))).length;
  const assets = readdirSync(join(WEB_DIST, 'assets')).map((f) => `assets/${f}`);
  return {
    mainFile: main,
    mainGzipKB: round(gz(main) / 1024),
    allAssetsGzipKB: round(assets.reduce((n, f) => n + gz(f), 0) / 1024),
  };
}

interface Drawn {
  drawnAtMs: number;
  /** Layout start to the first frame drawn after it. */
  layoutMs: number;
  /** Of which the layout computation alone. */
  layoutOnlyMs: number;
  nodes: number;
  edges: number;
  /** Navigation to idle (drawn, then no long task for IDLE_WINDOW_MS). */
  idleAtMs: number;
  longestTaskMs: number;
}

/** Opens a view in a fresh page and waits for the first graph frame after a layout of at least `minNodes`. */
async function measure(url: string, minNodes: number): Promise<Drawn> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: [number, number][] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    const handle = await page.waitForFunction(
      (min) => {
        const drawn = performance
          .getEntriesByName('atlas:graph-drawn')
          .find((m) => ((m as PerformanceMark).detail as { nodes: number }).nodes >= min) as
          | PerformanceMark
          | undefined;
        if (!drawn) return null;
        const starts = performance
          .getEntriesByName('atlas:layout-start')
          .filter((m) => m.startTime <= drawn.startTime);
        const start = starts.at(-1)?.startTime ?? 0;
        const stop = performance
          .getEntriesByName('atlas:layout-stop')
          .filter((m) => m.startTime <= drawn.startTime)
          .at(-1);
        const { nodes, edges } = drawn.detail as { nodes: number; edges: number };
        return {
          drawnAtMs: drawn.startTime,
          layoutMs: drawn.startTime - start,
          layoutOnlyMs: (stop?.startTime ?? drawn.startTime) - start,
          nodes,
          edges,
        };
      },
      minNodes,
      { timeout: 60_000, polling: 50 },
    );
    const drawn = (await handle.jsonValue()) as Omit<Drawn, 'idleAtMs' | 'longestTaskMs'>;
    const idle = await page.waitForFunction(
      ([from, quiet]) => {
        const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
        const lastEnd = Math.max(from, ...tasks.map(([start, d]) => start + d));
        if (performance.now() - lastEnd < quiet) return null;
        return { idleAtMs: lastEnd, longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)) };
      },
      [drawn.drawnAtMs, IDLE_WINDOW_MS] as const,
      { timeout: 60_000, polling: 100 },
    );
    return { ...drawn, ...((await idle.jsonValue()) as { idleAtMs: number; longestTaskMs: number }) };
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!chromiumAvailable()) throw new Error('chromium is missing: apt-get install chromium');
  buildWeb();
  const bundle = bundleSizes();
  const atlas = await startAtlas();
  try {
    const first: Drawn[] = [];
    const whole: Drawn[] = [];
    await measure(atlas.url + FIRST_VIEW, 2); // warm-up: server caches, chromium start
    for (let i = 0; i < RUNS; i++) first.push(await measure(atlas.url + FIRST_VIEW, 2));
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++)
      whole.push(await measure(atlas.url + WHOLE_VIEW, 1000));
    const result = {
      date: new Date().toISOString(),
      // Load average at the end of the run: numbers from a busy machine are not comparable.
      machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg().map(round) },
      targets: TARGETS,
      bundle,
      firstInteractiveGraph: {
        view: FIRST_VIEW,
        medianMs: round(median(first.map((d) => d.drawnAtMs))),
        runsMs: first.map((d) => round(d.drawnAtMs)),
        elements: { nodes: first[0]?.nodes, edges: first[0]?.edges },
      },
      wholeGraph: {
        view: WHOLE_VIEW,
        nodes: whole[0]?.nodes,
        edges: whole[0]?.edges,
        layoutAndDrawMedianMs: round(median(whole.map((d) => d.layoutMs))),
        layoutAndDrawRunsMs: whole.map((d) => round(d.layoutMs)),
        layoutOnlyMedianMs: round(median(whole.map((d) => d.layoutOnlyMs))),
        navigationToDrawnMedianMs: round(median(whole.map((d) => d.drawnAtMs))),
        navigationToIdleMedianMs: round(median(whole.map((d) => d.idleAtMs))),
        navigationToIdleRunsMs: whole.map((d) => round(d.idleAtMs)),
        longestTaskMedianMs: round(median(whole.map((d) => d.longestTaskMs))),
        longestTaskRunsMs: whole.map((d) => round(d.longestTaskMs)),
      },
    };
    const pass = {
      mainBundle: bundle.mainGzipKB <= TARGETS.mainBundleGzipKB,
      firstInteractive: result.firstInteractiveGraph.medianMs <= TARGETS.firstInteractiveMs,
      fullGraph: result.wholeGraph.navigationToIdleMedianMs <= TARGETS.fullGraphDrawnMs,
      longestTask: result.wholeGraph.longestTaskMedianMs <= TARGETS.longestTaskMs,
    };
    const out = fileURLToPath(new URL('../results/', import.meta.url));
    mkdirSync(out, { recursive: true });
    const file = join(out, `${result.date.slice(0, 10)}-web.json`);
    writeFileSync(file, `${JSON.stringify({ ...result, pass }, null, 2)}\n`);
    console.log(`main bundle ${bundle.mainGzipKB} KB gzip (target ≤ ${TARGETS.mainBundleGzipKB})`);
    console.log(
      `first interactive graph ${result.firstInteractiveGraph.medianMs} ms median (target ≤ ${TARGETS.firstInteractiveMs})`,
    );
    console.log(
      `whole graph ${result.wholeGraph.nodes} nodes / ${result.wholeGraph.edges} edges: layout + draw ${result.wholeGraph.layoutAndDrawMedianMs} ms median (target ≤ ${TARGETS.fullGraphDrawnMs}; layout alone ${result.wholeGraph.layoutOnlyMedianMs} ms); navigation → drawn ${result.wholeGraph.navigationToDrawnMedianMs} ms`,
    );
    console.log(
      `whole graph navigation → idle ${result.wholeGraph.navigationToIdleMedianMs} ms median (${result.wholeGraph.navigationToIdleRunsMs.join(', ')}; target ≤ ${TARGETS.fullGraphDrawnMs}); longest task ${result.wholeGraph.longestTaskMedianMs} ms median (${result.wholeGraph.longestTaskRunsMs.join(', ')}; target ≤ ${TARGETS.longestTaskMs})`,
    );
    console.log(`wrote ${file}`);
  } finally {
    await atlas.close();
  }
}

await main();
