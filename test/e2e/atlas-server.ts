// The real Atlas server for browser tests, component tests and benchmarks: the memory store over a
// graph bundle (by default built in-process from the vendored corpus), the HTTP app (optionally serving
// the built explorer), on a free loopback port.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
// Through the packages' public faces: benchmarks and the screenshot script start it too.
import { buildBundle } from '@atlas/graph-seed';
import { createApp } from '@atlas/server';
import { type GraphBundle, MemoryGraphStore } from '@atlas/server/store';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningAtlas {
  url: string;
  close(): Promise<void>;
}

export interface AtlasOptions {
  port?: number;
  /** The graph to serve; by default the one built from the vendored corpus. */
  bundle?: GraphBundle;
  /** Serve the built explorer too (browser tests); component tests only need the API. */
  withExplorer?: boolean;
}

export async function startAtlas(options: AtlasOptions = {}): Promise<RunningAtlas> {
  const withExplorer = options.withExplorer ?? true;
  if (withExplorer && !existsSync(`${WEB_DIST}/index.html`)) {
    throw new Error(`the explorer is not built: run \`npm run build -w web\` (${WEB_DIST})`);
  }
  const bundle = options.bundle ?? ((await buildBundle()) as unknown as GraphBundle);
  const store = new MemoryGraphStore(bundle);
  const { app, stop } = await createApp({
    store,
    logger: pino({ level: 'silent' }),
    ...(withExplorer ? { webDist: WEB_DIST } : {}),
  });
  const server = createServer(app);
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async close() {
      await stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// `npx tsx test/e2e/atlas-server.ts [port]` runs it by hand (screenshots, manual checks).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const atlas = await startAtlas({ port: Number(process.argv[2] ?? 4100) });
  console.log(`Atlas explorer on ${atlas.url}`);
}
