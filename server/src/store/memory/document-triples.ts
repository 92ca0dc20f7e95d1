// The (document, item, provision) relation of contract/document-items.ts, read from the embedded graph.
import type { RelationshipType } from '../bundle';
import { DIMENSION_LABEL, type DocumentItem } from '../contract/document-items';
import type { OverlapDimension } from '../graph-store';
import type { AtlasGraph } from './memory-graph';

/** Relationship types from a provision, and from a recommendation stated in it, per dimension. */
const LINKS: Record<
  OverlapDimension,
  { fromProvision: RelationshipType[]; fromRecommendation: RelationshipType[] }
> = {
  obligations: { fromProvision: [], fromRecommendation: ['IMPLEMENTS'] },
  rootCauses: { fromProvision: ['MENTIONS'], fromRecommendation: ['ADDRESSES'] },
  actors: { fromProvision: ['MENTIONS'], fromRecommendation: ['ADDRESSED_TO'] },
  instruments: { fromProvision: ['CITES'], fromRecommendation: [] },
};

/**
 * The graph never changes once built, so each dimension's triples are read once per graph: walking
 * every provision took ~3 ms, most of an overlap or coverage request.
 */
const cache = new WeakMap<AtlasGraph, Map<OverlapDimension, readonly DocumentItem[]>>();

export function documentTriples(graph: AtlasGraph, dimension: OverlapDimension): readonly DocumentItem[] {
  let byDimension = cache.get(graph);
  if (byDimension === undefined) {
    byDimension = new Map();
    cache.set(graph, byDimension);
  }
  let triples = byDimension.get(dimension);
  if (triples === undefined) {
    triples = readTriples(graph, dimension);
    byDimension.set(dimension, triples);
  }
  return triples;
}

function readTriples(graph: AtlasGraph, dimension: OverlapDimension): DocumentItem[] {
  const label = DIMENSION_LABEL[dimension];
  const links = LINKS[dimension];
  const out: DocumentItem[] = [];
  const targets = (source: string, types: readonly RelationshipType[]): string[] => {
    const found: string[] = [];
    graph.forEachOutEdge(source, (_e, attrs, _s, target) => {
      if (types.includes(attrs.type) && graph.getNodeAttribute(target, 'label') === label) found.push(target);
    });
    return found;
  };
  graph.forEachEdge((_e, attrs, document, provision) => {
    if (attrs.type !== 'HAS_PROVISION' || graph.getNodeAttribute(document, 'label') !== 'Document') return;
    for (const item of targets(provision, links.fromProvision)) out.push({ document, item, provision });
    graph.forEachInEdge(provision, (_e2, a2, source) => {
      if (a2.type !== 'STATED_IN') return;
      const sourceLabel = graph.getNodeAttribute(source, 'label');
      if (sourceLabel === 'Recommendation') {
        for (const item of targets(source, links.fromRecommendation)) out.push({ document, item, provision });
      } else if (dimension === 'obligations' && sourceLabel === 'Obligation') {
        out.push({ document, item: source, provision });
      }
    });
  });
  return out;
}
