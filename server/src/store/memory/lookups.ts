// Node-oriented queries of the embedded store: listing with filters, relationships of nodes, search.
import { NODE_LABELS } from '../bundle';
import { sortedUnique } from '../contract/ordering';
import { checkFilter } from '../contract/query-checks';
import { pageOf } from '../contract/results';
import { queryTerms, rankHits } from '../contract/text-search';
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
import type { MemoryGraph } from './memory-graph';
import { NO_FIELDS, scoreFields, termRange, textMatches } from './text-index';
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
    if (!steps(mg.graph, id, new Set([rf.type]), rf.direction).some((s) => wanted.has(s.other))) return false;
  }
  return true;
}

const matching = (mg: MemoryGraph, terms: readonly string[]): Set<string> =>
  textMatches(
    mg.text,
    terms.map((t) => termRange(mg.text, t)),
  );

export function listNodes(mg: MemoryGraph, query: ListNodesQuery): Page<GraphNode> {
  const label = v.checkLabel(query.label);
  const first = v.checkInt('first', query.first, 1, v.LIMITS.page);
  const after = v.decodeCursor(query.after);
  const filter = checkFilter(query.filter);
  const textIds = filter.text === undefined ? null : matching(mg, queryTerms(filter.text));
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
  // an unknown id has no relationships (graphology would throw NotFoundGraphError)
  return ids.map((id) =>
    mg.graph.hasNode(id)
      ? sortedUnique(steps(mg.graph, id, types, direction).map((s) => s.edge)).map((e) => edgeOf(mg, e))
      : [],
  );
}

export function search(mg: MemoryGraph, query: SearchQuery): SearchHit[] {
  const terms = queryTerms(query.text);
  const labels = new Set(v.checkLabels(query.labels) ?? NODE_LABELS);
  const first = v.checkInt('first', query.first, 1, v.LIMITS.searchFirst);
  const ranges = terms.map((t) => termRange(mg.text, t));
  const scored: Array<{ node: GraphNode; score: number }> = [];
  // a match has every term as a prefix of one of its tokens (the contract's matchesAll)
  for (const id of textMatches(mg.text, ranges)) {
    const node = nodeOf(mg, id);
    if (!labels.has(node.label)) continue;
    scored.push({ node, score: scoreFields(ranges, mg.text.fields.get(id) ?? NO_FIELDS) });
  }
  return rankHits(terms, scored, first);
}
