// Starts the real API (memory store over the shared fixture bundle) once for the web component tests,
// in Node rather than in jsdom, and hands its URL to the tests (`inject('apiUrl')`).
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import type { GraphBundle } from '../../server/src/store/graph-store';
import { startAtlas } from '../e2e/atlas-server';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const bundle = JSON.parse(
    readFileSync(new URL('../fixtures/mini-bundle.json', import.meta.url), 'utf8'),
  ) as GraphBundle;
  const atlas = await startAtlas({ bundle, withExplorer: false });
  project.provide('apiUrl', atlas.url);
  return () => atlas.close();
}
