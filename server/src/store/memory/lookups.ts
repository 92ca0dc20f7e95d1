// Node-oriented queries of the embedded store: listing with filters, relationships of nodes, search.
import type { ListNodesArgs, RelationshipsArgs, SearchArgs } from '../contract/normalise';
import { sortedUnique } from '../contract/ordering';
import { pageOf } from '../contract/results';
import { rankHits } from '../contract/text-search';
import type { GraphEdge, GraphNode, NodeFilter, Page, SearchHit } from '../graph-store';
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

export function listNodes(mg: MemoryGraph, args: ListNodesArgs): Page<GraphNode> {
  const { label, first, after, filter } = args;
  const textIds = args.terms === null ? null : matching(mg, args.terms);
  const all = (mg.idsByLabel.get(label) ?? []).filter((id) => matchesFilter(mg, id, filter, textIds));
  const rest = after === null ? all : all.filter((id) => id > after);
  return pageOf(
    rest.slice(0, first + 1).map((id) => nodeOf(mg, id)),
    first,
    all.length,
  );
}

export function relationships(mg: MemoryGraph, args: RelationshipsArgs): GraphEdge[][] {
  const { ids, direction } = args;
  const types = new Set(args.types);
  // an unknown id has no relationships (graphology would throw NotFoundGraphError)
  return ids.map((id) =>
    mg.graph.hasNode(id)
      ? sortedUnique(steps(mg.graph, id, types, direction).map((s) => s.edge)).map((e) => edgeOf(mg, e))
      : [],
  );
}

export function search(mg: MemoryGraph, args: SearchArgs): SearchHit[] {
  const { terms, first } = args;
  const labels = new Set(args.labels);
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
