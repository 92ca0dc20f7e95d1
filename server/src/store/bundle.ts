// The graph bundle contract as the stores see it. Imported from graph-seed's schema module directly
// (not the package index) so that opening a store never loads the seeding pipeline; buildBundle is
// imported lazily where a store must build the graph in-process.
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
} from '../../../graph-seed/src/bundle/schema';
