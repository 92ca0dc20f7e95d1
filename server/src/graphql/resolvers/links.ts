// Relationship fields: a node's links of one type and direction, each with the node at the other end
// and the evidence behind the link. Everything goes through the request's DataLoaders.
import type {
  GraphEdge,
  GraphNode,
  NodeLabel,
  PropertySelection,
  RelationshipType,
} from '../../store/graph-store';
import type { ApiContext } from '../context';
import { apiError } from '../errors';
import { compareStrings } from '../../store/contract/ordering';
import { edgeEvidence, edgeMethod, num, otherEnd, str, strList } from '../props';

/** A link as the *Link types see it: the relationship and the node it leads to. */
export interface LinkSource {
  edge: GraphEdge;
  node: GraphNode;
}

/** The node at `id`, which the graph guarantees exists (an edge or property points at it). */
export async function existing(ctx: ApiContext, id: string): Promise<GraphNode> {
  const node = await ctx.loaders.node.load(id);
  if (node === null) throw apiError('INTERNAL_SERVER_ERROR', `dangling reference: ${id}`);
  return node;
}

/** Links of `type` from `id` (out: id is the start; in: id is the end), optionally only to nodes of `label`. */
export async function links(
  ctx: ApiContext,
  id: string,
  type: RelationshipType,
  direction: 'out' | 'in',
  label?: NodeLabel,
): Promise<LinkSource[]> {
  const edges = await ctx.loaders.relationships(type, direction).load(id);
  const nodes = await Promise.all(edges.map((e) => existing(ctx, otherEnd(e, id))));
  const all = edges.map((edge, i) => ({ edge, node: nodes[i] as GraphNode }));
  return label === undefined ? all : all.filter((l) => l.node.label === label);
}

export const linkedNodes = async (...args: Parameters<typeof links>): Promise<GraphNode[]> =>
  (await links(...args)).map((l) => l.node);

export const firstLinked = async (...args: Parameters<typeof links>): Promise<GraphNode | null> =>
  (await linkedNodes(...args))[0] ?? null;

/** Provisions (or recommendations) in reading order: by `order`, then id. */
export const inReadingOrder = (nodes: GraphNode[]): GraphNode[] =>
  [...nodes].sort(
    (a, b) =>
      (num(a.properties, 'order') ?? 0) - (num(b.properties, 'order') ?? 0) || compareStrings(a.id, b.id),
  );

/**
 * The provisions an edge rests on, in the order the edge lists them; unknown ids are skipped. With a
 * `selection`, only those properties (what the field's own selection reads).
 */
export async function evidenceOf(
  ctx: ApiContext,
  edge: GraphEdge,
  selection: PropertySelection = 'all',
): Promise<GraphNode[]> {
  const found = await ctx.loaders.nodeWith(selection).loadMany(edgeEvidence(edge));
  return found.filter((n): n is GraphNode => n !== null && !(n instanceof Error));
}

/**
 * SIMILAR_TO's `direction` (start-in-end, end-in-start, same, overlap) seen from the recommendation
 * whose link it is (the end that is not `node`): CONTAINED_IN where all its measures are among the
 * other's, CONTAINS where the other's all are among its own.
 */
function containment(l: LinkSource): 'SAME' | 'CONTAINED_IN' | 'CONTAINS' | 'PARTIAL' {
  const fromStart = l.edge.end === l.node.id;
  switch (str(l.edge.properties, 'direction')) {
    case 'same':
      return 'SAME';
    case 'start-in-end':
      return fromStart ? 'CONTAINED_IN' : 'CONTAINS';
    case 'end-in-start':
      return fromStart ? 'CONTAINS' : 'CONTAINED_IN';
    default:
      return 'PARTIAL';
  }
}

const linkFields = {
  node: (l: LinkSource) => l.node,
  method: (l: LinkSource) => edgeMethod(l.edge),
  evidence: (l: LinkSource, _: unknown, ctx: ApiContext) => evidenceOf(ctx, l.edge),
  spans: (l: LinkSource) => strList(l.edge.properties, 'spans'),
};

const withArticle = { ...linkFields, article: (l: LinkSource) => str(l.edge.properties, 'article') };

export const linkResolvers = {
  Link: { __resolveType: () => null },
  ActorLink: linkFields,
  InstrumentLink: withArticle,
  ObligationLink: withArticle,
  RootCauseLink: linkFields,
  RecommendationLink: { ...linkFields, spans: (l: LinkSource) => strList(l.edge.properties, 'spans') },
  ProvisionLink: linkFields,
  MeasureLink: { ...linkFields, spans: (l: LinkSource) => strList(l.edge.properties, 'spans') },
  SimilarRecommendation: {
    ...linkFields,
    score: (l: LinkSource) => num(l.edge.properties, 'score') ?? 0,
    measures: async (l: LinkSource, _: unknown, ctx: ApiContext) => {
      const found = await ctx.loaders.node.loadMany(strList(l.edge.properties, 'measures'));
      return found.filter((n): n is GraphNode => n !== null && !(n instanceof Error));
    },
    spans: (l: LinkSource) => strList(l.edge.properties, 'spans'),
    phrases: (l: LinkSource) => strList(l.edge.properties, 'phrases'),
    direction: (l: LinkSource) => containment(l),
  },
};
