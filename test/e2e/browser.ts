// Debian's chromium driven by playwright-core (no browser download): one launcher for e2e, screenshots
// and benchmarks, with the headless flags that work in this sandbox and in CI.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium';

/** True when a browser test can run; under CI a missing browser is an error, never a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run must install chromium`);
  return false;
}

export async function launchBrowser(downloadsPath?: string): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    ...(downloadsPath ? { downloadsPath } : {}),
    viewport: { width: 1440, height: 1000 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // A fresh profile per launch, removed once the browser has exited (it writes to it while closing).
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
  };
  return context;
}
