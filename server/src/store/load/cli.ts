// `npm run load -- [--bundle file]`: loads a bundle (the file, else one built from the corpus) into
// the Neo4j named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.
import { parseArgs } from 'node:util';
import { storeConfig } from '../../config';
import { bundleFrom } from '../bundle-source';
import { isStoreError } from '../store-error';
import { loadBundleIntoNeo4j } from './load-neo4j';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { bundle: { type: 'string' } } });
  const config = storeConfig();
  if (config.kind !== 'neo4j') {
    process.stderr.write('load: NEO4J_URI is not set (try: eval "$(npm run -s neo4j:local -- env)")\n');
    return 2;
  }
  const bundle = await bundleFrom(values.bundle ?? null);
  const report = await loadBundleIntoNeo4j(bundle, config, {
    onProgress: (p) => {
      if (p.phase === 'nodes' || p.phase === 'relationships')
        process.stderr.write(`load: ${p.phase} ${p.done}/${p.total}\n`);
      else process.stderr.write(`load: ${p.phase}\n`);
    },
  });
  const rate = Math.round(report.relationships / Math.max(report.ms / 1000, 0.001));
  process.stdout.write(
    report.changed
      ? `loaded: version ${report.version}, ${report.nodes} nodes, ${report.relationships} relationships ` +
          `in ${report.ms} ms (${rate} rels/s overall)\n`
      : `unchanged: version ${report.version} already holds this bundle (${report.nodes} nodes, ` +
          `${report.relationships} relationships)\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `load failed: ${isStoreError(error) ? `${error.code} ${error.message}` : 'unexpected error'}\n`,
    );
    if (!isStoreError(error)) console.error(error);
    process.exit(1);
  },
);
