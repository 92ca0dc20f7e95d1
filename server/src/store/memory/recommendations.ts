// Recommendations by `where` / `orderBy` / `groupBy` in the embedded store: the facts of every
// recommendation read once from the graph (it never changes), then the contract's pure functions
// (contract/recommendation-query.ts) filter, order, page and count them.
import type { RelationshipType } from '../bundle';
import { sortedUnique } from '../contract/ordering';
import type { RecommendationArgs, RecommendationCountsArgs } from '../contract/normalise';
import {
  countRecommendations,
  type FactSet,
  inReadingOrder,
  type RecommendationFacts,
  recommendationPage,
} from '../contract/recommendation-query';
import type { GraphNode, Page, RecommendationCounts } from '../graph-store';
import { need, nodeOf } from './access';
import type { MemoryGraph } from './memory-graph';
import { steps } from './traversal';

const cache = new WeakMap<MemoryGraph, FactSet>();

const str = (n: GraphNode | undefined, key: string): string =>
  typeof n?.properties[key] === 'string' ? (n.properties[key] as string) : '';

function readFacts(mg: MemoryGraph): FactSet {
  const names = new Map<string, string>();
  const linked = (id: string, type: RelationshipType, label?: string): string[] =>
    sortedUnique(
      steps(mg.graph, id, new Set([type]), 'out')
        .map((s) => s.other)
        .filter((other) => {
          const node = nodeOf(mg, other);
          names.set(other, str(node, 'name') || other);
          return label === undefined || node.label === label;
        }),
    );
  const rows: RecommendationFacts[] = (mg.idsByLabel.get('Recommendation') ?? []).map((id) => {
    const node = nodeOf(mg, id);
    const documentId = str(node, 'documentId');
    const document = mg.graph.hasNode(documentId) ? nodeOf(mg, documentId) : undefined;
    if (document !== undefined) names.set(documentId, str(document, 'name') || documentId);
    const provisionId = linked(id, 'STATED_IN', 'Provision')[0];
    const provision = provisionId === undefined ? undefined : nodeOf(mg, provisionId);
    const obligations = linked(id, 'IMPLEMENTS');
    const year = document?.properties.year;
    return {
      node,
      document: documentId,
      documentKind: str(document, 'kind'),
      year: typeof year === 'number' ? year : null,
      force: str(node, 'force'),
      order: typeof provision?.properties.order === 'number' ? provision.properties.order : 0,
      section: str(provision, 'section'),
      addressees: linked(id, 'ADDRESSED_TO'),
      mentionedActors: provisionId === undefined ? [] : linked(provisionId, 'MENTIONS', 'Actor'),
      obligations,
      rootCauses: linked(id, 'ADDRESSES'),
      instruments: provisionId === undefined ? [] : linked(provisionId, 'CITES'),
      legalBasis: sortedUnique(obligations.flatMap((o) => linked(o, 'ARISES_FROM'))),
    };
  });
  return { rows: inReadingOrder(rows), names };
}

function facts(mg: MemoryGraph): FactSet {
  let set = cache.get(mg);
  if (set === undefined) {
    set = readFacts(mg);
    cache.set(mg, set);
  }
  return set;
}

/** The ids a `where` names must exist, with their labels, in the order given. */
function checkIds(mg: MemoryGraph, ids: RecommendationArgs['ids']): void {
  for (const { id, label } of ids) need(mg, id, label);
}

export function recommendations(mg: MemoryGraph, args: RecommendationArgs): Page<GraphNode> {
  checkIds(mg, args.ids);
  return recommendationPage(facts(mg), args);
}

export function recommendationCounts(mg: MemoryGraph, args: RecommendationCountsArgs): RecommendationCounts {
  checkIds(mg, args.ids);
  return countRecommendations(facts(mg), args);
}
