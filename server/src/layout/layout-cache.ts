import { createHash } from 'node:crypto';
import type { GraphStore } from '../store/graph-store';
import { layoutRequestOf, wholeLayoutOf } from './layout-request';
import { layoutInThread } from './layout-worker';

/** The served whole-graph layout: encoded and tagged once per graph version. */
export interface LayoutFile {
  version: number;
  body: Buffer;
  etag: string;
}

/**
 * The whole graph's layout, computed once per published graph version from the store's own
 * whole-graph answer (either store), in a worker thread; a new version drops the old layout.
 */
export class LayoutCache {
  private current: { version: number; file: Promise<LayoutFile> } | null = null;

  constructor(private readonly store: GraphStore) {}

  /** The layout of the graph version the store names now; null while the store is down. */
  async get(): Promise<LayoutFile | null> {
    const health = await this.store.health();
    if (health.status !== 'up') return null;
    if (this.current?.version !== health.version) {
      const file = this.compute(health.version);
      this.current = { version: health.version, file };
      // A failure is not kept: the next request tries again.
      file.catch(() => {
        if (this.current?.file === file) this.current = null;
      });
    }
    return this.current.file;
  }

  private async compute(version: number): Promise<LayoutFile> {
    const request = layoutRequestOf(await this.store.exportBundle());
    const body = Buffer.from(JSON.stringify(wholeLayoutOf(version, request, await layoutInThread(request))));
    return { version, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
  }
}
