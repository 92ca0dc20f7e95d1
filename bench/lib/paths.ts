// Where the bench keeps generated corpora and bundles (ignored, re-made on demand) and its reports.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE = join(REPO, '.cache', 'bench');
export const RESULTS = join(REPO, 'bench', 'results');

export function cachePath(name: string): string {
  mkdirSync(CACHE, { recursive: true });
  return join(CACHE, name);
}

export const bundleFile = (factor: number): string => cachePath(`bundle-x${factor}.json`);
