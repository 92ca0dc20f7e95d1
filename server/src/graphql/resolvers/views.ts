// Result shapes that are not graph nodes: canvas elements, paths, chains, matrices, search hits, stats.
import type { GraphQLResolveInfo } from 'graphql';
import type {
  Coverage,
  GraphEdge,
  GraphNode,
  GraphPath,
  GraphStats,
  ObligationChain,
  Overlap,
  OverlapDimension,
  SearchHit,
  SearchResult,
  Subgraph,
} from '../../store/graph-store';
import { encodeCursor } from '../../store/contract/validate';
import type { ApiContext } from '../context';
import { edgeEvidence, edgeMethod, nodeName, num, str, strList } from '../props';
import { selectedProperties } from '../selected-properties';
import { markedSnippet } from '../snippet';
import { evidenceOf, existing } from './links';
import { pageInfo } from './page-info';

type Ctx = ApiContext;

export interface OverlapSource {
  dimension: OverlapDimension;
  overlap: Overlap;
}

export interface CoverageSource {
  dimension: OverlapDimension;
  coverage: Coverage;
}

interface CoverageRowSource {
  item: string;
  documents: string[];
  cells: Coverage['cells'];
}

const loadAll = (ctx: Ctx, ids: readonly string[]) => Promise.all(ids.map((id) => existing(ctx, id)));

const chainSteps = (c: ObligationChain): GraphEdge[] =>
  [c.arisesFrom, c.implementsEdge, c.addressedTo, c.addresses].filter((e): e is GraphEdge => e !== null);

export const viewResolvers = {
  GraphNode: {
    name: (n: GraphNode) => nodeName(n),
    properties: (n: GraphNode) => n.properties,
  },
  GraphEdge: {
    source: (e: GraphEdge) => e.start,
    target: (e: GraphEdge) => e.end,
    method: (e: GraphEdge) => str(e.properties, 'method'),
    evidence: (e: GraphEdge) => edgeEvidence(e),
    evidenceProvisions: (e: GraphEdge, _: unknown, ctx: Ctx) => evidenceOf(ctx, e),
    spans: (e: GraphEdge) => strList(e.properties, 'spans'),
    score: (e: GraphEdge) => num(e.properties, 'score'),
    article: (e: GraphEdge) => str(e.properties, 'article'),
  },
  Subgraph: {
    omitted: (s: Subgraph) => s.omittedNodes + s.omittedEdges,
  },
  Path: {
    length: (p: GraphPath) => p.nodes.length - 1,
    edges: (p: GraphPath) => p.edges.flat(),
  },
  ChainStep: {
    from: (e: GraphEdge) => e.start,
    to: (e: GraphEdge) => e.end,
    method: (e: GraphEdge) => edgeMethod(e),
    // what obligationChains primed (query.ts): no second round trip
    evidence: (e: GraphEdge, _: unknown, ctx: Ctx, info: GraphQLResolveInfo) =>
      evidenceOf(ctx, e, selectedProperties(info, [[]])),
  },
  ObligationChain: {
    article: (c: ObligationChain) => str(c.arisesFrom.properties, 'article'),
    steps: (c: ObligationChain) => chainSteps(c),
  },
  OverlapMatrix: {
    dimension: (o: OverlapSource) => o.dimension,
    documents: (o: OverlapSource, _: unknown, ctx: Ctx) => loadAll(ctx, o.overlap.documents),
    cells: (o: OverlapSource) => o.overlap.cells,
  },
  OverlapCell: {
    a: (c: Overlap['cells'][number], _: unknown, ctx: Ctx) => existing(ctx, c.a),
    b: (c: Overlap['cells'][number], _: unknown, ctx: Ctx) => existing(ctx, c.b),
    count: (c: Overlap['cells'][number]) => c.shared.length,
    items: (c: Overlap['cells'][number], _: unknown, ctx: Ctx) => loadAll(ctx, c.shared),
  },
  CoverageMatrix: {
    dimension: (c: CoverageSource) => c.dimension,
    documents: (c: CoverageSource, _: unknown, ctx: Ctx) => loadAll(ctx, c.coverage.documents),
    rows: (c: CoverageSource): CoverageRowSource[] => {
      // cells grouped by item in one pass: filtering all cells per item was items × cells at ×100
      const byItem = new Map<string, Coverage['cells']>(c.coverage.items.map((item) => [item, []]));
      for (const cell of c.coverage.cells) byItem.get(cell.item)?.push(cell);
      return c.coverage.items.map((item) => ({
        item,
        documents: c.coverage.documents,
        cells: byItem.get(item) ?? [],
      }));
    },
  },
  CoverageRow: {
    concept: (r: CoverageRowSource, _: unknown, ctx: Ctx) => existing(ctx, r.item),
    counts: (r: CoverageRowSource) => {
      const byDocument = new Map(r.cells.map((c) => [c.document, c.provisions.length]));
      return r.documents.map((d) => byDocument.get(d) ?? 0);
    },
    total: (r: CoverageRowSource) => r.cells.reduce((sum, c) => sum + c.provisions.length, 0),
    cells: (r: CoverageRowSource) => r.cells,
  },
  CoverageCell: {
    document: (c: Coverage['cells'][number], _: unknown, ctx: Ctx) => existing(ctx, c.document),
    count: (c: Coverage['cells'][number]) => c.provisions.length,
    provisions: (c: Coverage['cells'][number], _: unknown, ctx: Ctx) => loadAll(ctx, c.provisions),
  },
  SearchEdge: {
    cursor: (h: SearchHit) => encodeCursor(h.node.id),
    snippet: (h: SearchHit) => markedSnippet(h.snippet),
    text: (h: SearchHit) => h.snippet.text,
    highlights: (h: SearchHit) => h.snippet.highlights.map(([start, end]) => ({ start, end })),
  },
  SearchConnection: {
    edges: (r: SearchResult) => r.hits,
    pageInfo: (r: SearchResult & { after: string | null }) =>
      pageInfo(
        r.hits.map((h) => h.node.id),
        r.hasNextPage,
        r.after,
      ),
  },
  GraphStats: {
    byLabel: (s: GraphStats) => Object.entries(s.byLabel).map(([label, count]) => ({ label, count })),
    byType: (s: GraphStats) => Object.entries(s.byType).map(([type, count]) => ({ type, count })),
  },
};
