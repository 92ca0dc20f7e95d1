// The node types: their properties and their relationship fields in both directions.
import type { GraphNode, NodeLabel } from '../../store/graph-store';
import { compareStrings } from '../../store/contract/ordering';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { API_LIMITS, checkPage } from '../limits';
import { nodeName, num, str, strList } from '../props';
import { existing, firstLinked, inReadingOrder, linkedNodes, links } from './links';

type Ctx = ApiContext;
const P = API_LIMITS.page;
type Resolver = (n: GraphNode, args: Record<string, unknown>, ctx: Ctx) => unknown;

/** Resolvers reading properties by the field's own name. */
function props(strings: string[], ints: string[] = [], lists: string[] = []): Record<string, Resolver> {
  const out: Record<string, Resolver> = {};
  for (const key of strings) out[key] = (n) => str(n.properties, key);
  for (const key of ints) out[key] = (n) => num(n.properties, key);
  for (const key of lists) out[key] = (n) => strList(n.properties, key);
  return out;
}

const common: Record<string, Resolver> = {
  id: (n) => n.id,
  name: (n) => nodeName(n),
  labels: (n) => [n.label],
};

const documentOf: Resolver = (n, _a, ctx) => existing(ctx, str(n.properties, 'documentId') ?? '');

/** Same checks as Query.similarRecommendations (BAD_USER_INPUT for a score outside 0..1). */
async function similar(n: GraphNode, args: Record<string, unknown>, ctx: Ctx) {
  const minScore = typeof args.minScore === 'number' ? args.minScore : 0;
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw badInput('minScore must be in 0..1');
  const first = checkPage(
    'first',
    typeof args.first === 'number' ? args.first : 20,
    P.similarRecommendations,
  );
  const both = [
    ...(await links(ctx, n.id, 'SIMILAR_TO', 'out')),
    ...(await links(ctx, n.id, 'SIMILAR_TO', 'in')),
  ];
  const score = (l: (typeof both)[number]) => num(l.edge.properties, 'score') ?? 0;
  return both
    .filter((l) => score(l) >= minScore)
    .sort((a, b) => score(b) - score(a) || compareStrings(a.edge.id, b.edge.id))
    .slice(0, first);
}

const Document: Record<string, Resolver> = {
  ...common,
  ...props(['symbol', 'title', 'kind', 'issuer'], ['year']),
  provisions: async (n, _a, ctx) => inReadingOrder(await linkedNodes(ctx, n.id, 'HAS_PROVISION', 'out')),
  recommendations: async (n, _a, ctx) => {
    const provisions = inReadingOrder(await linkedNodes(ctx, n.id, 'HAS_PROVISION', 'out'));
    const perProvision = await Promise.all(
      provisions.map((p) => linkedNodes(ctx, p.id, 'STATED_IN', 'in', 'Recommendation')),
    );
    const seen = new Set<string>();
    return perProvision.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
  },
  embodies: (n, _a, ctx) => firstLinked(ctx, n.id, 'EMBODIES', 'out'),
  respondsTo: (n, _a, ctx) => links(ctx, n.id, 'RESPONDS_TO', 'out'),
};

const Provision: Record<string, Resolver> = {
  ...common,
  ...props(['documentId', 'ref', 'kind', 'section', 'text'], ['order']),
  document: documentOf,
  parent: (n, _a, ctx) => firstLinked(ctx, n.id, 'PART_OF', 'out'),
  children: async (n, _a, ctx) => inReadingOrder(await linkedNodes(ctx, n.id, 'PART_OF', 'in')),
  actors: (n, _a, ctx) => links(ctx, n.id, 'MENTIONS', 'out', 'Actor'),
  rootCauses: (n, _a, ctx) => links(ctx, n.id, 'MENTIONS', 'out', 'RootCause'),
  cites: (n, _a, ctx) => links(ctx, n.id, 'CITES', 'out'),
  obligations: (n, _a, ctx) => links(ctx, n.id, 'STATED_IN', 'in', 'Obligation'),
  recommendations: (n, _a, ctx) => linkedNodes(ctx, n.id, 'STATED_IN', 'in', 'Recommendation'),
};

const Recommendation: Record<string, Resolver> = {
  ...common,
  ...props(['documentId', 'ref', 'text', 'force']),
  document: documentOf,
  provision: (n, _a, ctx) => firstLinked(ctx, n.id, 'STATED_IN', 'out'),
  addressees: (n, _a, ctx) => links(ctx, n.id, 'ADDRESSED_TO', 'out'),
  obligations: (n, _a, ctx) => links(ctx, n.id, 'IMPLEMENTS', 'out'),
  rootCauses: (n, _a, ctx) => links(ctx, n.id, 'ADDRESSES', 'out'),
  measures: (n, _a, ctx) => links(ctx, n.id, 'CALLS_FOR', 'out'),
  similar: (n, args, ctx) => similar(n, args, ctx),
};

const Obligation: Record<string, Resolver> = {
  ...common,
  ...props(['description']),
  legalBasis: (n, _a, ctx) => links(ctx, n.id, 'ARISES_FROM', 'out'),
  bearers: (n, _a, ctx) => links(ctx, n.id, 'BINDS', 'out'),
  recommendations: (n, _a, ctx) => links(ctx, n.id, 'IMPLEMENTS', 'in'),
  statedIn: (n, _a, ctx) => links(ctx, n.id, 'STATED_IN', 'out'),
};

const Actor: Record<string, Resolver> = {
  ...common,
  ...props(['kind'], [], ['aliases']),
  recommendations: (n, _a, ctx) => links(ctx, n.id, 'ADDRESSED_TO', 'in'),
  mentionedIn: (n, _a, ctx) => links(ctx, n.id, 'MENTIONS', 'in'),
  obligations: (n, _a, ctx) => links(ctx, n.id, 'BINDS', 'in'),
};

const RootCause: Record<string, Resolver> = {
  ...common,
  ...props(['description']),
  recommendations: (n, _a, ctx) => links(ctx, n.id, 'ADDRESSES', 'in'),
  mentionedIn: (n, _a, ctx) => links(ctx, n.id, 'MENTIONS', 'in'),
};

const Measure: Record<string, Resolver> = {
  ...common,
  ...props(['description', 'group']),
  broad: (n) => n.properties.broad === true,
  recommendations: (n, _a, ctx) => links(ctx, n.id, 'CALLS_FOR', 'in'),
};

const Instrument: Record<string, Resolver> = {
  ...common,
  ...props(['shortName', 'kind'], ['year']),
  obligations: (n, _a, ctx) => links(ctx, n.id, 'ARISES_FROM', 'in'),
  citedIn: (n, _a, ctx) => links(ctx, n.id, 'CITES', 'in'),
  supplements: (n, _a, ctx) => links(ctx, n.id, 'SUPPLEMENTS', 'out'),
  supplementedBy: (n, _a, ctx) => links(ctx, n.id, 'SUPPLEMENTS', 'in'),
  embodiedBy: (n, _a, ctx) => firstLinked(ctx, n.id, 'EMBODIES', 'in'),
};

export const nodeTypeResolvers: Record<NodeLabel | 'Node', Record<string, unknown>> = {
  Node: { __resolveType: (n: GraphNode) => n.label },
  Document,
  Provision,
  Recommendation,
  Obligation,
  Actor,
  RootCause,
  Instrument,
  Measure,
};
