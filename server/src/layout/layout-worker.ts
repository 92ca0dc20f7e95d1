import { Worker } from 'node:worker_threads';
import type { LayoutRequest, LayoutResult } from './force-layout';

/** The layout thread: this module's sibling, in TypeScript like the whole server (run by tsx). */
const THREAD = new URL('./layout-thread.ts', import.meta.url).href;

/**
 * The thread's bootstrap: node 20 does not pass `--import tsx` on to a worker's own entry, so the
 * thread loads its module through tsx's API, resolved here where the server's packages are.
 */
const bootstrap = (): string =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(THREAD)}, ${JSON.stringify(import.meta.url)}))`;

/** The layout thread failed or exited before answering. */
export class LayoutThreadError extends Error {
  readonly code = 'LAYOUT_FAILED';
}

/**
 * Runs one whole-graph layout in a worker thread of its own and ends it with the answer. The thread
 * is unreferenced: a server shutting down does not wait for a layout nobody will read.
 */
export function layoutInThread(request: LayoutRequest): Promise<LayoutResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(), { eval: true });
    worker.unref();
    worker.once('message', (result: LayoutResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (e) => reject(new LayoutThreadError(e.message)));
    worker.once('exit', (code) => reject(new LayoutThreadError(`the layout thread exited (${code})`)));
    worker.postMessage(request);
  });
}
