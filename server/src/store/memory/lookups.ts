// Node-oriented queries of the embedded store: listing with filters, relationships of nodes, search.
import { NODE_LABELS } from '../bundle';
import { sortedUnique } from '../contract/ordering';
import { checkFilter } from '../contract/query-checks';
import { pageOf } from '../contract/results';
import { matchesAll, queryTerms, rankHits, scoreTokens } from '../contract/text-search';
import * as v from '../contract/validate';
import type {
  GraphEdge,
  GraphNode,
  ListNodesQuery,
  NodeFilter,
  Page,
  RelationshipsQuery,
  SearchHit,
  SearchQuery,
} from '../graph-store';
import { edgeOf, nodeOf } from './access';
import { type MemoryGraph, textMatches } from './memory-graph';
import { steps } from './traversal';

function matchesFilter(
  mg: MemoryGraph,
  id: string,
  filter: NodeFilter,
  textIds: Set<string> | null,
): boolean {
  if (textIds !== null && !textIds.has(id)) return false;
  const props = nodeOf(mg, id).properties;
  for (const [key, values] of Object.entries(filter.properties ?? {})) {
    const value = props[key];
    const have: unknown[] = Array.isArray(value) ? value : [value];
    if (!have.some((x) => (values as unknown[]).includes(x))) return false;
  }
  for (const rf of filter.related ?? []) {
    const wanted = new Set(rf.ids);
    if (!steps(mg.incidence, id, new Set([rf.type]), rf.direction).some((s) => wanted.has(s.other)))
      return false;
  }
  return true;
}

export function listNodes(mg: MemoryGraph, query: ListNodesQuery): Page<GraphNode> {
  const label = v.checkLabel(query.label);
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  const after = v.decodeCursor(query.after);
  const filter = checkFilter(query.filter);
  const textIds = filter.text === undefined ? null : textMatches(mg, queryTerms(filter.text));
  const all = (mg.idsByLabel.get(label) ?? []).filter((id) => matchesFilter(mg, id, filter, textIds));
  const rest = after === null ? all : all.filter((id) => id > after);
  return pageOf(
    rest.slice(0, first + 1).map((id) => nodeOf(mg, id)),
    first,
    all.length,
  );
}

export function relationships(mg: MemoryGraph, query: RelationshipsQuery): GraphEdge[][] {
  const ids = v.checkIds(query.ids);
  const types = new Set(v.checkTypes(query.types));
  const direction = v.checkDirection(query.direction);
  return ids.map((id) =>
    sortedUnique(steps(mg.incidence, id, types, direction).map((s) => s.edge)).map((e) => edgeOf(mg, e)),
  );
}

export function search(mg: MemoryGraph, query: SearchQuery): SearchHit[] {
  const terms = queryTerms(query.text);
  const labels = new Set(v.checkLabels(query.labels) ?? NODE_LABELS);
  const first = v.checkInt('first', query.first, 1, v.LIMITS.searchFirst);
  const scored: Array<{ node: GraphNode; score: number }> = [];
  for (const id of textMatches(mg, terms)) {
    const attrs = mg.graph.getNodeAttributes(id);
    if (!labels.has(attrs.label) || !matchesAll(terms, attrs.tokens)) continue;
    scored.push({ node: nodeOf(mg, id), score: scoreTokens(terms, attrs.fields) });
  }
  return rankHits(terms, scored, first);
}
