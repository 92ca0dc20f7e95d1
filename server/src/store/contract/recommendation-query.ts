// Recommendations asked with `where`, `orderBy` and `groupBy`, answered the same on both stores: each
// store reads the facts of every recommendation (its document, force, provision and the ids it links
// to: recommendationFacts below) its own way, and these pure functions filter, order, page and count
// them. Ties always end in reading order (document id, the provision's position in it, id), so every
// answer has one order: paragraph 47 before 100, 54(a) before 54(b).
import type { NodeLabel } from '../bundle';
import {
  COUNT_DIMENSIONS,
  type CountDimension,
  type CountRow,
  type GraphNode,
  type Page,
  type RecommendationCounts,
  type RecommendationOrder,
  type RecommendationWhere,
} from '../graph-store';
import { invalidArgument } from '../store-error';
import { compareStrings, compareTuples } from './ordering';
import { fold, matchesAll, queryTerms, tokenize } from './text-search';
import * as v from './validate';

/** What the filters, orders and counts read of one recommendation; id lists sorted. */
export interface RecommendationFacts {
  node: GraphNode;
  document: string;
  documentKind: string;
  year: number | null;
  force: string;
  /** The provision's position in its document (1-based). */
  order: number;
  section: string;
  addressees: string[];
  mentionedActors: string[];
  obligations: string[];
  rootCauses: string[];
  instruments: string[];
  legalBasis: string[];
}

/** All recommendations' facts, in reading order, and the names of every node they name. */
export interface FactSet {
  rows: RecommendationFacts[];
  names: Map<string, string>;
}

/** Force values in the order of the Force enum (the schema's), for FORCE ordering. */
export const FORCE_ORDER = [
  'urges',
  'strongly-urges',
  'calls-upon',
  'encourages',
  'invites',
  'requests',
  'recommends',
  'stresses-the-need',
  'should',
  'must',
  'shall',
] as const;
const FORCE_RANK = new Map<string, number>(FORCE_ORDER.map((f, i) => [f, i]));

export const compareReading = (a: RecommendationFacts, b: RecommendationFacts): number =>
  compareStrings(a.document, b.document) || a.order - b.order || compareStrings(a.node.id, b.node.id);

/** Puts rows in reading order (stores call it once on the facts they read). */
export const inReadingOrder = (rows: RecommendationFacts[]): RecommendationFacts[] =>
  rows.sort(compareReading);

const KEY_ORDER: Record<RecommendationOrder, (a: RecommendationFacts, b: RecommendationFacts) => number> = {
  READING_ORDER: compareReading,
  YEAR: (a, b) => (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER),
  FORCE: (a, b) => (FORCE_RANK.get(a.force) ?? 99) - (FORCE_RANK.get(b.force) ?? 99),
  DOCUMENT: (a, b) => compareStrings(a.document, b.document),
};

const MAX_CONDITIONS = 64;
const MAX_NESTING = 8;

type IdField = 'addressee' | 'mentionedActor' | 'obligation' | 'rootCause' | 'instrument' | 'legalBasis';
type IdList = 'addressees' | 'mentionedActors' | 'obligations' | 'rootCauses' | 'instruments' | 'legalBasis';

/** The id fields of a `where`: the label each id must have, and the facts list it is looked up in. */
const ID_FIELDS: Array<[IdField, NodeLabel, IdList]> = [
  ['addressee', 'Actor', 'addressees'],
  ['mentionedActor', 'Actor', 'mentionedActors'],
  ['obligation', 'Obligation', 'obligations'],
  ['rootCause', 'RootCause', 'rootCauses'],
  ['instrument', 'Instrument', 'instruments'],
  ['legalBasis', 'Instrument', 'legalBasis'],
];

/**
 * A `where` compiled to a predicate, and the ids it names (for the stores' existence checks).
 * INVALID_ARGUMENT for a `where` nested deeper or with more conditions than allowed, an empty
 * AND / OR, an inverted year range or a text without words.
 */
export interface CompiledWhere {
  test: (f: RecommendationFacts) => boolean;
  ids: Array<{ id: string; label: NodeLabel }>;
}

export function compileWhere(where: RecommendationWhere | undefined): CompiledWhere {
  const ids: Array<{ id: string; label: NodeLabel }> = [];
  let conditions = 0;
  const compile = (w: RecommendationWhere, depth: number): ((f: RecommendationFacts) => boolean) => {
    if (depth > MAX_NESTING) throw invalidArgument(`where nests at most ${MAX_NESTING} levels`);
    const tests: Array<(f: RecommendationFacts) => boolean> = [];
    const add = (t: (f: RecommendationFacts) => boolean) => {
      conditions += 1;
      if (conditions > MAX_CONDITIONS)
        throw invalidArgument(`where has at most ${MAX_CONDITIONS} conditions`);
      tests.push(t);
    };
    for (const [field, label, list] of ID_FIELDS) {
      const value = w[field];
      if (value === undefined || value === null) continue;
      const id = v.checkId(value);
      ids.push({ id, label });
      add((f) => f[list].includes(id));
    }
    const d = w.document;
    if (d !== undefined && d !== null) {
      if (d.id !== undefined && d.id !== null) {
        const id = v.checkId(d.id);
        ids.push({ id, label: 'Document' });
        add((f) => f.document === id);
      }
      if (d.kind !== undefined && d.kind !== null) add((f) => f.documentKind === d.kind);
      const from = d.yearFrom ?? null;
      const to = d.yearTo ?? null;
      if (from !== null && to !== null && from > to) throw invalidArgument('yearFrom is after yearTo');
      if (from !== null) add((f) => f.year !== null && f.year >= from);
      if (to !== null) add((f) => f.year !== null && f.year <= to);
    }
    if (w.force !== undefined && w.force !== null) add((f) => f.force === w.force);
    if (w.section !== undefined && w.section !== null) {
      const part = fold(w.section.trim());
      if (part.length === 0) throw invalidArgument('section must not be empty');
      add((f) => fold(f.section).includes(part));
    }
    if (w.text !== undefined && w.text !== null) {
      const terms = queryTerms(w.text);
      add((f) =>
        matchesAll(terms, tokenize(typeof f.node.properties.text === 'string' ? f.node.properties.text : '')),
      );
    }
    if (w.AND !== undefined && w.AND !== null) {
      if (w.AND.length === 0) throw invalidArgument('AND must list at least one condition');
      const parts = w.AND.map((x) => compile(x, depth + 1));
      add((f) => parts.every((p) => p(f)));
    }
    if (w.OR !== undefined && w.OR !== null) {
      if (w.OR.length === 0) throw invalidArgument('OR must list at least one condition');
      const parts = w.OR.map((x) => compile(x, depth + 1));
      add((f) => parts.some((p) => p(f)));
    }
    if (w.NOT !== undefined && w.NOT !== null) {
      const inner = compile(w.NOT, depth + 1);
      add((f) => !inner(f));
    }
    return (f) => tests.every((t) => t(f));
  };
  return { test: compile(where ?? {}, 0), ids };
}

/** Distinct order keys, in the order given. INVALID_ARGUMENT for an unknown one. */
export function checkOrders(orderBy: readonly RecommendationOrder[] | undefined): RecommendationOrder[] {
  const keys = [...new Set(orderBy ?? [])];
  for (const k of keys) if (!(k in KEY_ORDER)) throw invalidArgument(`unknown order: ${k}`);
  return keys;
}

function ordered(rows: readonly RecommendationFacts[], orderBy: readonly RecommendationOrder[]) {
  const keys = orderBy.map((k) => KEY_ORDER[k]);
  keys.push(compareReading);
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const c = k(a, b);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** One page of the recommendations matching `query`, in its order; `after` is the last id given. */
export function recommendationPage(
  facts: FactSet,
  query: { test: CompiledWhere['test']; orderBy: RecommendationOrder[]; first: number; after: string | null },
): Page<GraphNode> {
  const { first, after } = query;
  const all = ordered(facts.rows.filter(query.test), query.orderBy);
  let start = 0;
  if (after !== null) {
    const at = all.findIndex((f) => f.node.id === after);
    if (at < 0) throw invalidArgument('stale cursor: it names no recommendation of this answer');
    start = at + 1;
  }
  const items = all.slice(start, start + first).map((f) => f.node);
  const last = items[items.length - 1];
  return {
    items,
    totalCount: all.length,
    endCursor: last === undefined ? null : v.encodeCursor(last.id),
    hasNextPage: start + first < all.length,
  };
}

const MAX_GROUP_BY = 3;
export const MAX_COUNT_ROWS = 10_000;

/** 1..3 distinct known dimensions. */
export function checkGroupBy(groupBy: readonly CountDimension[]): CountDimension[] {
  if (groupBy.length === 0 || groupBy.length > MAX_GROUP_BY || new Set(groupBy).size !== groupBy.length) {
    throw invalidArgument(`groupBy takes 1..${MAX_GROUP_BY} distinct dimensions`);
  }
  for (const d of groupBy)
    if (!COUNT_DIMENSIONS.includes(d)) throw invalidArgument(`unknown dimension: ${d}`);
  return [...groupBy];
}

/** The values one recommendation has in a dimension (several for the concepts, none possible). */
function valuesOf(f: RecommendationFacts, dimension: CountDimension): string[] {
  switch (dimension) {
    case 'DOCUMENT':
      return [f.document];
    case 'ROOT_CAUSE':
      return f.rootCauses;
    case 'OBLIGATION':
      return f.obligations;
    case 'ACTOR':
      return f.addressees;
    case 'INSTRUMENT':
      return f.instruments;
    case 'FORCE':
      return [f.force];
    case 'YEAR':
      return f.year === null ? [] : [String(f.year)];
  }
}

/**
 * Counts per combination of values: a recommendation is counted once in every combination of its
 * values (one with no value in a dimension, e.g. no root cause, is in no row). Rows by their key ids.
 */
export function countRecommendations(
  facts: FactSet,
  query: { test: CompiledWhere['test']; groupBy: CountDimension[]; first: number },
): RecommendationCounts {
  const { test, groupBy, first } = query;
  const counts = new Map<string, { ids: string[]; count: number }>();
  for (const f of facts.rows) {
    if (!test(f)) continue;
    let combos: string[][] = [[]];
    for (const d of groupBy) {
      const values = [...new Set(valuesOf(f, d))];
      combos = combos.flatMap((c) => values.map((x) => [...c, x]));
      if (combos.length === 0) break;
    }
    for (const ids of combos) {
      const key = ids.join('\u0000');
      const row = counts.get(key);
      if (row === undefined) counts.set(key, { ids, count: 1 });
      else row.count += 1;
    }
  }
  const sorted = [...counts.values()].sort((a, b) => compareTuples(a.ids, b.ids));
  const rows: CountRow[] = sorted.slice(0, first).map(({ ids, count }) => ({
    keys: ids.map((id, i) => {
      const dimension = groupBy[i] as CountDimension;
      return {
        dimension,
        id,
        name: dimension === 'FORCE' || dimension === 'YEAR' ? id : (facts.names.get(id) ?? id),
      };
    }),
    count,
  }));
  return { rows, totalCount: sorted.length };
}
