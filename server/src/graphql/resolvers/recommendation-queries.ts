// The recommendation entry points: the page by `where` / `orderBy` (the deprecated `filter` becomes
// a `where`), the counts by `groupBy`, and a provision by its document and numbering. The work is
// the store's (contract/recommendation-query.ts); here arguments are checked and shaped.
import type {
  CountDimension,
  NodeFilter,
  RecommendationOrder,
  RecommendationWhere,
} from '../../store/graph-store';
import { encodeCursor, notA } from '../../store/contract/validate';
import type { ApiContext } from '../context';
import { badInput, fromStore } from '../errors';
import { FORCE_VALUES } from '../enums';
import { API_LIMITS, checkPage } from '../limits';
import { pageInfo } from './page-info';

type Ctx = ApiContext;

export interface RecommendationFilterArgs {
  documents?: string[] | null;
  actors?: string[] | null;
  rootCauses?: string[] | null;
  obligations?: string[] | null;
  instruments?: string[] | null;
  force?: string[] | null;
  text?: string | null;
}

/** GraphQL's where (Force as the graph spells it: the enum maps it) to the store's. */
type WhereArgs = RecommendationWhere;

/** A list condition of the old filter: any of the ids; an empty list matches nothing. */
const anyOf = (ids: string[] | null | undefined, one: (id: string) => RecommendationWhere) =>
  ids === null || ids === undefined ? [] : [ids.length === 0 ? { NOT: {} } : { OR: ids.map(one) }];

/** The deprecated filter as a where: each list an OR, the lists ANDed. */
export function filterAsWhere(f: RecommendationFilterArgs): RecommendationWhere {
  const parts: RecommendationWhere[] = [
    ...anyOf(f.documents, (id) => ({ document: { id } })),
    ...anyOf(f.actors, (addressee) => ({ addressee })),
    ...anyOf(f.rootCauses, (rootCause) => ({ rootCause })),
    ...anyOf(f.obligations, (obligation) => ({ obligation })),
    ...anyOf(f.instruments, (instrument) => ({ instrument })),
    ...anyOf(f.force, (force) => ({ force })),
    ...(f.text ? [{ text: f.text }] : []),
  ];
  return parts.length === 0 ? {} : { AND: parts };
}

/** Drops the nulls GraphQL passes for absent input fields, so the store sees only what was given. */
function clean(where: WhereArgs | null | undefined): RecommendationWhere | undefined {
  if (where === null || where === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(where)) {
    if (value === null || value === undefined) continue;
    if (k === 'AND' || k === 'OR') out[k] = (value as WhereArgs[]).map((w) => clean(w) ?? {});
    else if (k === 'NOT') out[k] = clean(value as WhereArgs) ?? {};
    else if (k === 'document')
      out[k] = Object.fromEntries(Object.entries(value as object).filter(([, x]) => x !== null));
    else out[k] = value;
  }
  return out as RecommendationWhere;
}

const combined = (
  where: WhereArgs | null | undefined,
  filter: RecommendationFilterArgs | null | undefined,
): RecommendationWhere | undefined => {
  const w = clean(where);
  if (filter === null || filter === undefined) return w;
  const f = filterAsWhere(filter);
  return w === undefined ? f : { AND: [w, f] };
};

const KNOWN_FORCES: ReadonlySet<string> = new Set(Object.values(FORCE_VALUES));

export const recommendationQueries = {
  recommendations: async (
    _: unknown,
    a: {
      where?: WhereArgs | null;
      orderBy?: RecommendationOrder[] | null;
      filter?: RecommendationFilterArgs | null;
      first: number;
      after?: string | null;
    },
    ctx: Ctx,
  ) => {
    const first = checkPage('first', a.first, API_LIMITS.page.recommendations);
    for (const f of a.filter?.force ?? []) if (!KNOWN_FORCES.has(f)) throw badInput(`unknown force: ${f}`);
    const page = await fromStore(() =>
      ctx.store.recommendations({
        where: combined(a.where, a.filter),
        orderBy: a.orderBy ?? undefined,
        first,
        after: a.after ?? null,
      }),
    );
    for (const n of page.items) ctx.loaders.node.prime(n.id, n);
    return {
      totalCount: page.totalCount,
      edges: page.items.map((node) => ({ cursor: encodeCursor(node.id), node })),
      pageInfo: pageInfo(
        page.items.map((n) => n.id),
        page.hasNextPage,
        a.after,
      ),
    };
  },
  recommendationCounts: async (
    _: unknown,
    a: { groupBy: CountDimension[]; where?: WhereArgs | null; first: number },
    ctx: Ctx,
  ) => {
    const first = checkPage('first', a.first, API_LIMITS.page.recommendationCounts);
    const counts = await fromStore(() =>
      ctx.store.recommendationCounts({ groupBy: a.groupBy, where: clean(a.where), first }),
    );
    return counts.rows;
  },
  provision: async (_: unknown, a: { document: string; ref: string }, ctx: Ctx) => {
    const ref = a.ref.trim().replace(/^(?:para(?:graph)?s?\.?|§)\s*/i, '');
    if (ref.length === 0) throw badInput('ref must not be empty');
    const document = await fromStore(() => ctx.store.node(a.document));
    if (document.label !== 'Document') throw badInput(notA(a.document, 'Document'));
    const filter: NodeFilter = { properties: { documentId: [a.document], ref: [ref] } };
    const page = await fromStore(() => ctx.store.listNodes({ label: 'Provision', filter, first: 1 }));
    return page.items[0] ?? null;
  },
};
