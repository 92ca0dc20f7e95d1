// The graph bundle contract as the stores see it: graph-seed's bundle face, which loads no part of
// the seeding pipeline (buildBundle is imported lazily where a store must build the graph in-process).
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
} from '@atlas/graph-seed/bundle';
