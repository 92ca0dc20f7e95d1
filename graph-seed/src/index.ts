// Public API of @atlas/graph-seed: build the graph bundle from a corpus, read and write bundles.
export { buildBundle, buildGraph, type BuildOptions } from './build';
export { canonicalBundle, serializeBundle } from './bundle/canonical';
export { readBundle, validateBundle, writeBundle } from './bundle/file';
export {
  type BundleNode,
  type BundleRelationship,
  type GraphBundle,
  graphBundleSchema,
  NODE_LABELS,
  type NodeLabel,
  type PropertyValue,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from './bundle/schema';
export type { Catalogues, FrameEntry } from './catalogue';
export { SeedError, SeedErrorCode } from './errors';
export { DEFAULT_CORPUS_DIR, readCorpus } from './io/corpus';
export { DEFAULT_CATALOGUE_DIR, readCatalogues } from './io/catalogues';
export { STAGES, runPipeline } from './pipeline';
export { bundleSummary } from './summary';
export type * from './types';
