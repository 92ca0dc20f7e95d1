// Public face `@atlas/server/load`: loading a bundle into Neo4j (the CLI `npm run load`, the bench).
export { storeConfig } from '../../config';
export { type LoadOptions, type LoadProgress, type LoadReport, loadBundleIntoNeo4j } from './load-neo4j';
export { deleteOtherVersions } from './load-statements';
