// The (document, item, provision) relation of contract/document-items.ts, read from the embedded
// graphology graph and indexed once per graph and dimension: the graph never changes once
// built, so overlap and coverage requests only read the index.
import type { RelationshipType } from '../bundle';
import {
  DIMENSION_LABEL,
  type DocumentItem,
  type DocumentItemIndex,
  indexTriples,
} from '../contract/document-items';
import type { GraphEdge, GraphNode, OverlapDimension } from '../graph-store';
import type { MemoryGraph } from './memory-graph';

/** Relationship types from a provision, and from a recommendation stated in it, per dimension. */
const LINKS: Record<
  OverlapDimension,
  { fromProvision: RelationshipType[]; fromRecommendation: RelationshipType[] }
> = {
  obligations: { fromProvision: [], fromRecommendation: ['IMPLEMENTS'] },
  rootCauses: { fromProvision: ['MENTIONS'], fromRecommendation: ['ADDRESSES'] },
  actors: { fromProvision: ['MENTIONS'], fromRecommendation: ['ADDRESSED_TO'] },
  instruments: { fromProvision: ['CITES'], fromRecommendation: [] },
  measures: { fromProvision: [], fromRecommendation: ['CALLS_FOR'] },
};

const cache = new WeakMap<MemoryGraph, Map<OverlapDimension, DocumentItemIndex>>();

export function documentItems(mg: MemoryGraph, dimension: OverlapDimension): DocumentItemIndex {
  let byDimension = cache.get(mg);
  if (byDimension === undefined) {
    byDimension = new Map();
    cache.set(mg, byDimension);
  }
  let index = byDimension.get(dimension);
  if (index === undefined) {
    index = indexTriples(readTriples(mg, dimension));
    byDimension.set(dimension, index);
  }
  return index;
}

function readTriples(mg: MemoryGraph, dimension: OverlapDimension): DocumentItem[] {
  const label = DIMENSION_LABEL[dimension];
  const links = LINKS[dimension];
  const { graph } = mg;
  const out: DocumentItem[] = [];
  let document = '';
  let provision = '';
  let types: readonly RelationshipType[] = [];
  // one callback per use rather than per node; the other end's attributes come with the edge
  const item = (
    _id: string,
    e: GraphEdge,
    _s: string,
    _t: string,
    _sa: GraphNode,
    target: GraphNode,
  ): void => {
    if (types.includes(e.type) && target.label === label) out.push({ document, item: target.id, provision });
  };
  const stated = (_id: string, e: GraphEdge, _s: string, _t: string, source: GraphNode): void => {
    if (e.type !== 'STATED_IN') return;
    if (source.label === 'Recommendation') {
      types = links.fromRecommendation;
      if (types.length > 0) graph.forEachOutEdge(source.id, item);
    } else if (dimension === 'obligations' && source.label === 'Obligation') {
      out.push({ document, item: source.id, provision });
    }
  };
  const provided = (_id: string, e: GraphEdge, _s: string, target: string): void => {
    if (e.type !== 'HAS_PROVISION') return;
    provision = target;
    types = links.fromProvision;
    if (types.length > 0) graph.forEachOutEdge(provision, item);
    graph.forEachInEdge(provision, stated);
  };
  for (document of mg.idsByLabel.get('Document') ?? []) graph.forEachOutEdge(document, provided);
  return out;
}
