// Node-oriented queries of the embedded store: listing with filters, relationships of nodes, search.
import type { ListNodesArgs, RelationshipsArgs, SearchArgs } from '../contract/normalise';
import { sortedUnique } from '../contract/ordering';
import { pageOf } from '../contract/results';
import { suggestions, type Vocabulary } from '../contract/suggest';
import { matchesPhrase, rankHits } from '../contract/text-search';
import { encodeCursor } from '../contract/validate';
import type { GraphEdge, GraphNode, NodeFilter, Page, SearchMode, SearchResult } from '../graph-store';
import { edgeOf, nodeOf } from './access';
import type { MemoryGraph } from './memory-graph';
import { idsInRange, NO_FIELDS, scoreFields, type TermRange, termRange, textMatches } from './text-index';
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

const vocabularies = new WeakMap<MemoryGraph, Vocabulary>();

/** Every indexed token with the number of nodes having it (suggest.ts), built on the first miss. */
function vocabulary(mg: MemoryGraph): Vocabulary {
  let vocab = vocabularies.get(mg);
  if (vocab === undefined) {
    vocab = new Map(mg.text.tokens.map((t, i) => [t, mg.text.postings[i]?.length ?? 0]));
    vocabularies.set(mg, vocab);
  }
  return vocab;
}

/** Ids of the nodes matching `terms` in `mode` (phrase: every word first, the phrase checked after). */
function candidates(mg: MemoryGraph, mode: SearchMode, ranges: readonly TermRange[]): Set<string> {
  if (mode !== 'any') return textMatches(mg.text, ranges);
  const out = new Set<string>();
  for (const range of ranges) for (const id of idsInRange(mg.text, range)) out.add(id);
  return out;
}

export function search(mg: MemoryGraph, args: SearchArgs): SearchResult {
  const { terms, mode, phrase, first, after } = args;
  const labels = new Set(args.labels);
  const ranges = terms.map((t) => termRange(mg.text, t));
  const scored: Array<{ node: GraphNode; score: number }> = [];
  for (const id of candidates(mg, mode, ranges)) {
    const node = nodeOf(mg, id);
    if (!labels.has(node.label)) continue;
    if (phrase !== null && !matchesPhrase(phrase, node.properties)) continue;
    // scored over the terms that match (ANY: a node matching fewer terms scores lower)
    scored.push({ node, score: scoreFields(ranges, mg.text.fields.get(id) ?? NO_FIELDS) });
  }
  const page = rankHits(terms, scored, first, after);
  const last = page.hits[page.hits.length - 1];
  return {
    ...page,
    endCursor: last === undefined ? null : encodeCursor(last.node.id),
    suggestions:
      page.totalCount > 0
        ? []
        : suggestions(
            terms,
            (t) => {
              const r = termRange(mg.text, t);
              return r.from < r.to;
            },
            vocabulary(mg),
          ),
  };
}
