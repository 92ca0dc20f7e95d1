#!/usr/bin/env node
// Command line of graph-seed: `seed` builds the bundle from the corpus, `summary` prints its counts.
// graph-seed only produces bundles; loading one into Neo4j is the server's `npm run load`.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { buildGraph } from './build';
import { writeBundle } from './bundle/file';
import type { GraphBundle } from './bundle/schema';
import { SeedError } from './errors';
import { bundleSummary, documentSummary } from './summary';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface SeedOptions {
  out: string;
  corpus?: string;
  catalogues?: string;
  quiet?: boolean;
}

/**
 * Builds the bundle, reporting progress. Returns only the bundle: the pipeline's state (texts,
 * provisions, facts) is garbage once this returns, so writing a large bundle does not also hold it.
 */
async function build(opts: SeedOptions, progress: boolean): Promise<GraphBundle> {
  const { bundle, state } = await buildGraph({
    corpusDir: opts.corpus && resolve(opts.corpus),
    catalogueDir: opts.catalogues && resolve(opts.catalogues),
    onDocument: (d) =>
      progress && log(`read   ${d.meta.id} (${d.meta.file}, ${(d.raw.length / 1024).toFixed(1)} KB)`),
    onStage: (name, ms) => progress && log(`stage  ${name.padEnd(22)} ${ms.toFixed(0).padStart(5)} ms`),
  });
  if (progress) for (const line of documentSummary(state)) log(`doc    ${line}`);
  return bundle;
}

async function seed(opts: SeedOptions): Promise<void> {
  const t0 = performance.now();
  const progress = !opts.quiet;
  const bundle = await build(opts, progress);
  const out = resolve(opts.out);
  await writeBundle(bundle, out);
  console.log(`wrote ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log(bundleSummary(bundle));
}

const program = new Command()
  .name('graph-seed')
  .description('Builds the Obligation Atlas graph bundle from the corpus')
  .showHelpAfterError();

program
  .command('seed', { isDefault: true })
  .description('build the graph bundle from the corpus and write it (load it into Neo4j: npm run load)')
  .option('-o, --out <file>', 'bundle file to write', 'graph.json')
  .option('--corpus <dir>', 'corpus folder with manifest.json (default: the vendored corpus)')
  .option('--catalogues <dir>', 'catalogue folder (default: graph-seed/catalogues)')
  .option('-q, --quiet', 'no progress lines')
  .action(seed);

program
  .command('summary')
  .description('build the graph in memory and print its counts')
  .option('--corpus <dir>', 'corpus folder with manifest.json')
  .action(async (opts: { corpus?: string }) => {
    const { bundle, state } = await buildGraph({ corpusDir: opts.corpus && resolve(opts.corpus) });
    for (const line of documentSummary(state)) console.log(line);
    console.log(bundleSummary(bundle));
  });

try {
  await program.parseAsync();
} catch (e) {
  if (e instanceof SeedError) {
    log(`graph-seed: error [${e.code}] ${e.message}`);
    log('graph-seed: nothing was written; the previous bundle is untouched.');
    process.exit(1);
  }
  throw e;
}
