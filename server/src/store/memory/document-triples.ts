// The (document, item, provision) relation of contract/document-items.ts, read from the embedded
// graph's incidence lists and indexed once per graph and dimension: the graph never changes once
// built, so overlap and coverage requests only read the index.
import type { RelationshipType } from '../bundle';
import {
  DIMENSION_LABEL,
  type DocumentItem,
  type DocumentItemIndex,
  indexTriples,
} from '../contract/document-items';
import type { OverlapDimension } from '../graph-store';
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

function* readTriples(mg: MemoryGraph, dimension: OverlapDimension): Generator<DocumentItem> {
  const label = DIMENSION_LABEL[dimension];
  const links = LINKS[dimension];
  const labelOf = (id: string) => mg.nodes.get(id)?.label;
  const targets = function* (source: string, types: readonly RelationshipType[]): Generator<string> {
    if (types.length === 0) return;
    for (const i of mg.incidence.get(source) ?? []) {
      if (i.outgoing && types.includes(i.type) && labelOf(i.other) === label) yield i.other;
    }
  };
  for (const document of mg.idsByLabel.get('Document') ?? []) {
    for (const hp of mg.incidence.get(document) ?? []) {
      if (!hp.outgoing || hp.type !== 'HAS_PROVISION') continue;
      const provision = hp.other;
      for (const item of targets(provision, links.fromProvision)) yield { document, item, provision };
      for (const si of mg.incidence.get(provision) ?? []) {
        if (si.outgoing || si.type !== 'STATED_IN') continue;
        const sourceLabel = labelOf(si.other);
        if (sourceLabel === 'Recommendation') {
          for (const item of targets(si.other, links.fromRecommendation)) yield { document, item, provision };
        } else if (dimension === 'obligations' && sourceLabel === 'Obligation') {
          yield { document, item: si.other, provision };
        }
      }
    }
  }
}
