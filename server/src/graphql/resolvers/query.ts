// The root queries: argument checks and page caps here, the work in the store.
import type {
  GraphNode,
  NodeFilter,
  NodeLabel,
  OverlapDimension,
  RelationshipType,
} from '../../store/graph-store';
import { encodeCursor } from '../../store/contract/validate';
import type { ApiContext } from '../context';
import { fromStore } from '../errors';
import { API_LIMITS, checkPage } from '../limits';
import type { CoverageSource, OverlapSource } from './views';

type Ctx = ApiContext;
const P = API_LIMITS.page;

interface RecommendationFilterArgs {
  documents?: string[] | null;
  actors?: string[] | null;
  rootCauses?: string[] | null;
  obligations?: string[] | null;
  instruments?: string[] | null;
  force?: string[] | null;
  text?: string | null;
}

/** Every node of a label, page by page (the catalogues are small: tens to a few hundred). */
async function listAll(ctx: Ctx, label: NodeLabel, filter?: NodeFilter): Promise<GraphNode[]> {
  const out: GraphNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fromStore(() => ctx.store.listNodes({ label, filter, first: 1000, after }));
    out.push(...page.items);
    for (const n of page.items) ctx.loaders.node.prime(n.id, n);
    if (!page.hasNextPage) return out;
    after = page.endCursor;
  }
}

/** The filter's lists as store conditions; null when a condition can match nothing. */
async function recommendationFilter(ctx: Ctx, f: RecommendationFilterArgs): Promise<NodeFilter | null> {
  const properties: Record<string, string[]> = {};
  if (f.documents) properties.documentId = f.documents;
  if (f.force) properties.force = f.force;
  const related: NonNullable<NodeFilter['related']> = [];
  const out = (type: RelationshipType, ids: string[] | null | undefined) => {
    if (ids) related.push({ type, direction: 'out', ids });
  };
  out('ADDRESSED_TO', f.actors);
  out('ADDRESSES', f.rootCauses);
  out('IMPLEMENTS', f.obligations);
  if (f.instruments) {
    // Two hops (Recommendation STATED_IN Provision CITES Instrument): find the citing provisions first.
    const citing = await fromStore(() =>
      ctx.store.relationships({ ids: f.instruments ?? [], direction: 'in', types: ['CITES'] }),
    );
    const provisions = [...new Set(citing.flat().map((e) => e.start))];
    if (provisions.length === 0) return null;
    out('STATED_IN', provisions);
  }
  if (Object.values(properties).some((v) => v.length === 0) || related.some((r) => r.ids.length === 0))
    return null;
  return {
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(related.length > 0 ? { related } : {}),
    ...(f.text ? { text: f.text } : {}),
  };
}

const EMPTY_CONNECTION = { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

export const queryResolvers = {
  node: (_: unknown, a: { id: string }, ctx: Ctx) => fromStore(() => ctx.loaders.node.load(a.id)),
  nodes: (_: unknown, a: { ids: string[] }, ctx: Ctx) => {
    checkPage('ids length', Math.max(1, a.ids.length), P.nodes);
    return fromStore(() => ctx.store.nodes(a.ids));
  },
  search: async (_: unknown, a: { text: string; labels?: NodeLabel[] | null; first: number }, ctx: Ctx) => {
    const first = checkPage('first', a.first, P.search);
    return fromStore(() => ctx.store.search({ text: a.text, labels: a.labels ?? undefined, first }));
  },
  documents: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'Document'),
  instruments: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'Instrument'),
  obligations: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'Obligation'),
  rootCauses: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'RootCause'),
  measures: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'Measure'),
  actors: (_: unknown, a: { kind?: string | null }, ctx: Ctx) =>
    listAll(ctx, 'Actor', a.kind ? { properties: { kind: [a.kind] } } : undefined),
  recommendations: async (
    _: unknown,
    a: { filter?: RecommendationFilterArgs | null; first: number; after?: string | null },
    ctx: Ctx,
  ) => {
    const first = checkPage('first', a.first, P.recommendations);
    const filter = await recommendationFilter(ctx, a.filter ?? {});
    if (filter === null) return EMPTY_CONNECTION;
    const page = await fromStore(() =>
      ctx.store.listNodes({ label: 'Recommendation', filter, first, after: a.after ?? null }),
    );
    return {
      totalCount: page.totalCount,
      edges: page.items.map((node) => ({ cursor: encodeCursor(node.id), node })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  },
  neighbourhood: (
    _: unknown,
    a: {
      id: string;
      depth: number;
      types?: RelationshipType[] | null;
      direction: 'out' | 'in' | 'both';
      limit: number;
    },
    ctx: Ctx,
  ) => {
    const limit = checkPage('limit', a.limit, P.neighbourhood);
    return fromStore(() =>
      ctx.store.neighbourhood({
        id: a.id,
        depth: a.depth,
        types: a.types ?? undefined,
        direction: a.direction,
        limit,
      }),
    );
  },
  paths: (
    _: unknown,
    a: { from: string; to: string; maxLength: number; types?: RelationshipType[] | null; first: number },
    ctx: Ctx,
  ) => {
    const first = checkPage('first', a.first, P.paths);
    return fromStore(() =>
      ctx.store.paths({ from: a.from, to: a.to, maxLength: a.maxLength, types: a.types ?? undefined, first }),
    );
  },
  obligationChains: async (
    _: unknown,
    a: {
      instrument?: string | null;
      obligation?: string | null;
      recommendation?: string | null;
      actor?: string | null;
      rootCause?: string | null;
      first: number;
    },
    ctx: Ctx,
  ) => {
    const first = checkPage('first', a.first, P.obligationChains);
    const { first: _f, ...ends } = a;
    const query = Object.fromEntries(Object.entries(ends).filter(([, v]) => typeof v === 'string'));
    return (await fromStore(() => ctx.store.obligationChains({ ...query, first }))).chains;
  },
  overlap: async (_: unknown, a: { documents?: string[] | null; dimension: OverlapDimension }, ctx: Ctx) => {
    const overlap = await fromStore(() =>
      ctx.store.overlap({ dimension: a.dimension, documents: a.documents ?? undefined }),
    );
    return { dimension: a.dimension, overlap } satisfies OverlapSource;
  },
  coverage: async (_: unknown, a: { dimension: OverlapDimension }, ctx: Ctx) => {
    const coverage = await fromStore(() => ctx.store.coverage({ dimension: a.dimension }));
    return { dimension: a.dimension, coverage } satisfies CoverageSource;
  },
  similarRecommendations: async (
    _: unknown,
    a: { id: string; minScore: number; first: number },
    ctx: Ctx,
  ) => {
    const first = checkPage('first', a.first, P.similarRecommendations);
    const hits = await fromStore(() =>
      ctx.store.similarRecommendations({ id: a.id, minScore: a.minScore, first }),
    );
    return hits.map((h) => ({ edge: h.edge, node: h.recommendation }));
  },
  stats: (_: unknown, _a: unknown, ctx: Ctx) => fromStore(() => ctx.store.stats()),
};
