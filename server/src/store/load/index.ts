// Public face `@atlas/server/load`: loading a bundle into Neo4j (the CLI `npm run load`, the bench).
export { storeConfig } from '../../config';
export { type LoadOptions, type LoadProgress, type LoadReport, loadBundleIntoNeo4j } from './load-neo4j';
export { deleteOtherVersions } from './load-statements';
export { BULK_ERROR_CODES, type BulkErrorCode, BulkLoadError, isBulkLoadError } from './bulk/bulk-error';
export { type BulkOptions, type BulkReport, bulkLoadIntoLocalNeo4j } from './bulk/bulk-load';
