// The root queries: argument checks and page caps here, the work in the store.
import type { GraphQLResolveInfo } from 'graphql';
import type {
  GraphNode,
  NodeFilter,
  NodeLabel,
  OverlapDimension,
  RelationshipType,
  SearchMode,
} from '../../store/graph-store';
import type { ApiContext } from '../context';
import { fromStore } from '../errors';
import { API_LIMITS, checkPage } from '../limits';
import { recommendationQueries } from './recommendation-queries';
import { selectedProperties, selectsField } from '../selected-properties';
import { edgeEvidence } from '../props';
import type { CoverageSource, OverlapSource } from './views';

type Ctx = ApiContext;
const P = API_LIMITS.page;

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

/** The fields of an ObligationChain that are nodes. */
const CHAIN_NODES = [['instrument'], ['obligation'], ['recommendation'], ['actor'], ['rootCause']];
const CHAIN_EVIDENCE = ['steps', 'evidence'];

export const queryResolvers = {
  node: (_: unknown, a: { id: string }, ctx: Ctx) => fromStore(() => ctx.loaders.node.load(a.id)),
  nodes: (_: unknown, a: { ids: string[] }, ctx: Ctx) => {
    checkPage('ids length', Math.max(1, a.ids.length), P.nodes);
    return fromStore(() => ctx.store.nodes(a.ids));
  },
  search: async (
    _: unknown,
    a: { text: string; mode: SearchMode; labels?: NodeLabel[] | null; first: number; after?: string | null },
    ctx: Ctx,
  ) => {
    const first = checkPage('first', a.first, P.search);
    const result = await fromStore(() =>
      ctx.store.search({
        text: a.text,
        mode: a.mode,
        labels: a.labels ?? undefined,
        first,
        after: a.after ?? null,
      }),
    );
    return { ...result, after: a.after ?? null };
  },
  documents: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'Document'),
  instruments: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'Instrument'),
  obligations: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'Obligation'),
  rootCauses: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'RootCause'),
  measures: (_: unknown, _a: unknown, ctx: Ctx) => listAll(ctx, 'Measure'),
  actors: (_: unknown, a: { kind?: string | null }, ctx: Ctx) =>
    listAll(ctx, 'Actor', a.kind ? { properties: { kind: [a.kind] } } : undefined),
  ...recommendationQueries,
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
    info: GraphQLResolveInfo,
  ) => {
    const limit = checkPage('limit', a.limit, P.neighbourhood);
    return fromStore(() =>
      ctx.store.neighbourhood({
        id: a.id,
        depth: a.depth,
        types: a.types ?? undefined,
        direction: a.direction,
        limit,
        properties: selectedProperties(info, [['nodes']]),
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
    info: GraphQLResolveInfo,
  ) => {
    const first = checkPage('first', a.first, P.obligationChains);
    const { first: _f, ...ends } = a;
    const query = Object.fromEntries(Object.entries(ends).filter(([, v]) => typeof v === 'string'));
    const properties = selectedProperties(info, CHAIN_NODES);
    // the steps' evidence comes in the same store call, and primes the loader ChainStep.evidence reads
    const evidence = selectsField(info, CHAIN_EVIDENCE)
      ? selectedProperties(info, [CHAIN_EVIDENCE])
      : undefined;
    const found = await fromStore(() =>
      ctx.store.obligationChains({ ...query, first, properties, evidence }),
    );
    if (evidence !== undefined) {
      const loader = ctx.loaders.nodeWith(evidence);
      for (const n of found.evidence ?? []) loader.prime(n.id, n);
      // an evidence id the store did not find is known missing (prime keeps what is primed already)
      for (const chain of found.chains)
        for (const e of [chain.arisesFrom, chain.implementsEdge, chain.addressedTo, chain.addresses])
          if (e !== null) for (const id of edgeEvidence(e)) loader.prime(id, null);
    }
    return found.chains;
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
