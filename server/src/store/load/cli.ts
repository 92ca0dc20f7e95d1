// `npm run load -- [--bundle file] [--bulk]`: loads a bundle (the file, else one built from the corpus)
// into the Neo4j named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. `--bulk`: a first load into an empty
// neo4j:local through neo4j-admin import (bulk/bulk-load.ts); a non-empty database is refused.
import { parseArgs } from 'node:util';
import { storeConfig } from '../../config';
import { bundleFrom } from '../bundle-source';
import { isStoreError } from '../store-error';
import { isBulkLoadError } from './bulk/bulk-error';
import { bulkLoadIntoLocalNeo4j } from './bulk/bulk-load';
import { type LoadProgress, loadBundleIntoNeo4j } from './load-neo4j';

const onProgress = (p: LoadProgress) => {
  if (p.phase === 'nodes' || p.phase === 'relationships')
    process.stderr.write(`load: ${p.phase} ${p.done}/${p.total}\n`);
  else process.stderr.write(`load: ${p.phase}\n`);
};

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { bundle: { type: 'string' }, bulk: { type: 'boolean' } } });
  const config = storeConfig();
  if (config.kind !== 'neo4j') {
    process.stderr.write('load: NEO4J_URI is not set (try: eval "$(npm run -s neo4j:local -- env)")\n');
    return 2;
  }
  const bundle = await bundleFrom(values.bundle ?? null);
  if (values.bulk) {
    const r = await bulkLoadIntoLocalNeo4j(bundle, config, { onProgress });
    process.stdout.write(
      `bulk loaded: version ${r.version}, ${r.nodes} nodes, ${r.relationships} relationships in ${r.ms} ms ` +
        `(files ${r.filesMs} ms, import ${r.importMs} ms, offline ${r.offlineMs} ms, ` +
        `schema, checks and publish ${r.finishMs} ms)\n`,
    );
    return 0;
  }
  const report = await loadBundleIntoNeo4j(bundle, config, { onProgress });
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
    const known = isStoreError(error) || isBulkLoadError(error);
    process.stderr.write(`load failed: ${known ? `${error.code} ${error.message}` : 'unexpected error'}\n`);
    if (!known) console.error(error);
    process.exit(1);
  },
);
