// Entry point for loading a bundle into Neo4j from other packages (graph-seed's `seed --neo4j`).
export { storeConfig } from '../../config';
export { type LoadOptions, type LoadReport, loadBundleIntoNeo4j } from './load-neo4j';
