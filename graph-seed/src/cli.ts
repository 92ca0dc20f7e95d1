#!/usr/bin/env node
// Command line of graph-seed: `seed` builds the bundle from the corpus, `summary` prints its counts.
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
  neo4j?: boolean;
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
  if (opts.neo4j) {
    // The loader lives with the Neo4j store in the server package; loaded only when asked for.
    const { loadBundleIntoNeo4j, storeConfig } = await import('@atlas/server/load');
    const config = storeConfig();
    if (config.kind !== 'neo4j') {
      log('graph-seed: --neo4j needs NEO4J_URI (try: eval "$(npm run -s neo4j:local -- env)")');
      process.exit(2);
    }
    const report = await loadBundleIntoNeo4j(bundle, config, {
      onProgress: (p) => progress && log(`neo4j  ${p.phase}${'done' in p ? ` ${p.done}/${p.total}` : ''}`),
    });
    console.log(
      `neo4j ${report.changed ? 'loaded' : 'unchanged (same bundle)'}: version ${report.version}, ` +
        `${report.nodes} nodes, ${report.relationships} relationships in ${report.ms} ms`,
    );
  }
}

const program = new Command()
  .name('graph-seed')
  .description('Builds the Obligation Atlas graph bundle from the corpus')
  .showHelpAfterError();

program
  .command('seed', { isDefault: true })
  .description('build the graph bundle from the corpus and write it (and load it into Neo4j with --neo4j)')
  .option('-o, --out <file>', 'bundle file to write', 'graph.json')
  .option('--corpus <dir>', 'corpus folder with manifest.json (default: the vendored corpus)')
  .option('--catalogues <dir>', 'catalogue folder (default: graph-seed/catalogues)')
  .option('--neo4j', 'also load the bundle into the Neo4j at NEO4J_URI')
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
