// The hand-made fixture bundle shared by the store tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type GraphBundle, graphBundleSchema } from '../../server/src/store/bundle';

export const MINI_BUNDLE_PATH = fileURLToPath(new URL('../fixtures/mini-bundle.json', import.meta.url));

export const miniBundle = (): GraphBundle =>
  graphBundleSchema.parse(JSON.parse(readFileSync(MINI_BUNDLE_PATH, 'utf8')));
