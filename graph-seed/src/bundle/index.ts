// Public face `@atlas/graph-seed/bundle`: the graph bundle contract (ONTOLOGY.md, "The bundle") that
// graph-seed produces and the stores consume — its vocabulary, schema and types, its canonical form,
// and the one reader and writer of bundle files. Loads no part of the seeding pipeline.
export { canonicalBundle, serializeBundle, serializedChunks } from './canonical';
export { readBundle, validateBundle, writeBundle } from './file';
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
} from './schema';
export { type ParsedSpanRef, parseSpanRef, spanRef } from './span-ref';
export { isSeedError, SeedError, SeedErrorCode } from '../errors';
