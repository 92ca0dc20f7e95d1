// Screenshots of each view for the README, taken with the real browser against the real server:
//   npx tsx docs/screenshots/take.ts
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startAtlas } from '../../test/e2e/atlas-server';
import { launchBrowser } from '../../test/e2e/browser';
import { buildWeb } from '../../test/e2e/build-web';

const OUT = fileURLToPath(new URL('.', import.meta.url));
const enc = encodeURIComponent;

const graphDrawn = (page: Page) =>
  page.waitForFunction(() => {
    const status = document.querySelector('.canvas-status');
    return status?.getAttribute('data-pending') === '0' && Number(status.getAttribute('data-drawn')) > 0;
  });

interface Shot {
  file: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
  /** A part of the page to capture instead of the viewport. */
  clip?: string;
  /** A viewport other than the desktop one (the phone layout). */
  viewport?: { width: number; height: number };
}

const POVERTY = enc('cause:poverty-economic-injustice');

const SHOTS: Shot[] = [
  { file: 'start.png', path: '/', ready: (p) => p.locator('.document-card').first().waitFor() },
  {
    file: 'graph.png',
    path: `/?view=graph&x=${enc('obl:non-punishment')}~*~8&sel=${enc('obl:non-punishment')}`,
    ready: async (p) => {
      await graphDrawn(p);
      await p.locator('.details h2').waitFor();
    },
  },
  {
    file: 'evidence.png',
    path: `/?view=graph&x=${enc('rec:cedaw-gr38:112(a)')}~*~8&sel=${enc('rec:cedaw-gr38:112(a)')}`,
    ready: async (p) => {
      await graphDrawn(p);
      await p
        .getByRole('button', { name: /^Link: .* addressed to / })
        .first()
        .click();
      await p.getByRole('region', { name: 'Evidence' }).locator('blockquote').first().waitFor();
    },
  },
  {
    file: 'table-view.png',
    path: `/?view=graph&x=${enc('actor:states')}~*~8&sel=${enc('actor:states')}`,
    ready: graphDrawn,
    clip: '.outline-wrap',
  },
  {
    file: 'chains.png',
    path: `/?view=chains&ci=${enc('inst:trafficking-protocol')}&co=${enc('obl:identify-victims')}`,
    ready: (p) => p.getByRole('table', { name: 'Obligation chains' }).locator('tbody tr').first().waitFor(),
  },
  {
    file: 'overlap.png',
    path: `/?view=overlap&oa=${enc('doc:cedaw-gr38')}&ob=${enc('doc:ga-res-77-194')}`,
    ready: (p) =>
      p
        .getByRole('table', { name: /^Overlapping recommendations: / })
        .first()
        .waitFor(),
  },
  {
    file: 'coverage.png',
    path: '/?view=overlap&dim=ROOT_CAUSE',
    ready: (p) => p.getByRole('table', { name: 'Coverage matrix' }).waitFor(),
    clip: '.coverage',
  },
  {
    file: 'reading-list.png',
    path: `/?view=graph&x=${POVERTY}~*~8&sel=${POVERTY}&read=${POVERTY}`,
    ready: (p) => p.locator('.reading mark').first().waitFor(),
  },
  { file: 'whole-graph.png', path: '/?view=graph&all=1&hide=Provision', ready: graphDrawn },
  {
    file: 'phone.png',
    path: `/?view=chains&ci=${enc('inst:trafficking-protocol')}`,
    ready: (p) => p.locator('.sankey').first().waitFor(),
    viewport: { width: 390, height: 844 },
  },
];

// Files named on the command line are taken alone (`take.ts whole-graph.png`); none named: every shot.
const only = new Set(process.argv.slice(2));
buildWeb();
const atlas = await startAtlas();
const browser = await launchBrowser();
try {
  for (const shot of SHOTS.filter((s) => only.size === 0 || only.has(s.file))) {
    const page = await browser.newPage();
    if (shot.viewport) await page.setViewportSize(shot.viewport);
    await page.goto(atlas.url + shot.path);
    await shot.ready(page);
    await page.waitForTimeout(300);
    const path = join(OUT, shot.file);
    if (shot.clip) await page.locator(shot.clip).screenshot({ path });
    else await page.screenshot({ path });
    console.log(`wrote docs/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await atlas.close();
}
