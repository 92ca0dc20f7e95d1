// The explorer end to end: the real server on the vendored corpus, the built explorer, real chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAtlas, startAtlas } from './atlas-server';
import { chromiumAvailable, launchBrowser } from './browser';
import { buildWeb } from './build-web';

const ARTEFACTS = join(process.cwd(), 'test-results', 'e2e');
const canRun = chromiumAvailable();
const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';

describe.runIf(canRun)('the explorer in a real browser', () => {
  let atlas: RunningAtlas;
  let browser: BrowserContext;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
  const nodeCount = async () =>
    Number((await text(page.locator('.canvas-status'))).match(/^(\d+) nodes/)?.[1]);

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
    await shot('03-expand-evidence');
  });

  it('traces obligation chains from the Trafficking Protocol as a layered graph and a table', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Chains' }).click();
    await page.getByLabel('Instrument').selectOption('inst:trafficking-protocol');
    const rows = page.getByRole('table', { name: 'Obligation chains' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await text(rows.first().locator('td').first())).toMatch(/Trafficking Protocol/);
    expect(await text(rows.first().locator('td').nth(7))).toMatch(/\S/);
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

  it('exports the current view as PNG, SVG and GraphML', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Graph' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('.canvas-status')?.getAttribute('data-drawn')) > 0,
    );
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    const pngBytes = readFileSync((await png.path()) as string);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    expect(readFileSync((await svg.path()) as string, 'utf8')).toMatch(/<svg[\s>]/);
    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GraphML' }).click(),
    ]);
    const xml = readFileSync((await graphml.path()) as string, 'utf8');
    expect(xml).toContain('<graphml');
    expect((xml.match(/<node /g) ?? []).length).toBe(await nodeCount());
  });

  it('a copied link reopens the same view: nodes, selection, layout', async () => {
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
