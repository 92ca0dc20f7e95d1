// The estimated cost of an operation, from the schema and the request's own variables, before it
// runs (QUERY_TOO_COSTLY above API_LIMITS.maxCost). A field costs 1 when it yields an object (leaves
// cost nothing), plus what its selection costs, times its multiplier: the page it asks for (`first`,
// or `limit` × `depth` for a neighbourhood, `first` × `maxLength` for paths), or, for a list taken
// whole, the size assumed below. What the estimate cannot know (the real size of a list taken
// whole) the request's item budget bounds while it runs (request-guard.ts).
// Hand-written, not graphql-query-complexity: that library's `instanceof` checks fail when graphql's
// CJS and ESM builds are both loaded (as under vitest), and the walk is short. Types are read
// duck-typed for the same reason (type-shape.ts).
import type {
  ArgumentNode,
  DirectiveNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { hasFields, isList } from './type-shape';

/**
 * Items a list field taken whole (no `first`) is assumed to hold: a node's links to the catalogues
 * are few (a recommendation's addressees, a link's evidence); the lists below are the many side.
 */
export const ASSUMED_FEW = 5;
export const ASSUMED_MANY = 50;

const MANY: ReadonlySet<string> = new Set([
  'Query.documents',
  'Query.instruments',
  'Query.obligations',
  'Query.actors',
  'Query.rootCauses',
  'Document.provisions',
  'Document.recommendations',
  'Obligation.recommendations',
  'Obligation.statedIn',
  'Actor.recommendations',
  'Actor.mentionedIn',
  'RootCause.recommendations',
  'RootCause.mentionedIn',
  'Instrument.citedIn',
  'Instrument.obligations',
  'OverlapMatrix.documents',
  'OverlapMatrix.cells',
  'OverlapCell.items',
  'CoverageMatrix.documents',
  'CoverageMatrix.rows',
  'CoverageRow.cells',
  'CoverageCell.provisions',
  'RecommendationCounts.rows',
]);

/** Lists whose size is set by their parent's arguments, or fixed by the graph's shape. */
const FIXED_SIZE: Readonly<Record<string, number>> = {
  'Subgraph.nodes': 1,
  'Subgraph.edges': 1,
  'Path.nodes': 1,
  'Path.edges': 1,
  'ObligationChain.steps': 4,
  'RecommendationConnection.edges': 1,
  'SearchConnection.edges': 1,
};

interface FieldLike {
  name: string;
  type: unknown;
  args: ReadonlyArray<{ name: string; defaultValue?: unknown }>;
}
interface CompositeLike {
  name: string;
  getFields?: () => Record<string, FieldLike>;
}

type Variables = Record<string, unknown>;

const named = (type: unknown): CompositeLike => {
  let t = type as { ofType?: unknown };
  while (t.ofType !== undefined && t.ofType !== null) t = t.ofType as typeof t;
  return t as unknown as CompositeLike;
};

/** An integer argument's value: literal, variable or the field's default; null when none. */
function intArg(field: FieldLike, nodes: readonly ArgumentNode[], name: string, vars: Variables) {
  const node = nodes.find((a) => a.name.value === name);
  let value: unknown;
  if (node === undefined) value = field.args.find((a) => a.name === name)?.defaultValue;
  else if (node.value.kind === 'IntValue') value = Number.parseInt(node.value.value, 10);
  else if (node.value.kind === 'Variable') value = vars[node.value.name.value];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, value) : null;
}

function multiplier(parent: string, field: FieldLike, args: readonly ArgumentNode[], vars: Variables) {
  const ids = args.find((a) => a.name.value === 'ids');
  if (ids !== undefined) {
    const asked =
      ids.value.kind === 'ListValue'
        ? ids.value.values
        : ids.value.kind === 'Variable'
          ? vars[ids.value.name.value]
          : null;
    if (Array.isArray(asked)) return Math.max(1, asked.length);
  }
  const limit = intArg(field, args, 'limit', vars);
  if (limit !== null) return limit * (intArg(field, args, 'depth', vars) ?? 1);
  const first = intArg(field, args, 'first', vars);
  if (first !== null) return first * (intArg(field, args, 'maxLength', vars) ?? 1);
  if (!isList(field.type as { toString(): string })) return 1;
  const coordinate = `${parent}.${field.name}`;
  return FIXED_SIZE[coordinate] ?? (MANY.has(coordinate) ? ASSUMED_MANY : ASSUMED_FEW);
}

/** @skip / @include, evaluated as execution would. */
function included(directives: readonly DirectiveNode[] | undefined, vars: Variables): boolean {
  for (const d of directives ?? []) {
    const arg = d.arguments?.find((a) => a.name.value === 'if');
    if (arg === undefined) continue;
    const value =
      arg.value.kind === 'BooleanValue'
        ? arg.value.value
        : arg.value.kind === 'Variable'
          ? vars[arg.value.name.value] === true
          : false;
    if (d.name.value === 'skip' && value) return false;
    if (d.name.value === 'include' && !value) return false;
  }
  return true;
}

class CostWalk {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly vars: Variables,
  ) {}

  /**
   * Cost of a selection on `type`. Fragments on other types (an interface's implementations) are
   * priced against their own type; the dearest of alternatives is not singled out: all are summed.
   */
  selection(set: SelectionSetNode, type: CompositeLike, seen: ReadonlySet<string>): number {
    let total = 0;
    for (const sel of set.selections) {
      if (!included(sel.directives, this.vars)) continue;
      if (sel.kind === 'Field') {
        if (sel.name.value.startsWith('__')) continue;
        const field = type.getFields?.()[sel.name.value];
        if (field === undefined) continue;
        const inner =
          sel.selectionSet === undefined ? 0 : this.selection(sel.selectionSet, named(field.type), seen);
        const own = hasFields(field.type) ? 1 : 0;
        total += multiplier(type.name, field, sel.arguments ?? [], this.vars) * (own + inner);
      } else if (sel.kind === 'InlineFragment') {
        const on = sel.typeCondition ? this.typeNamed(sel.typeCondition.name.value) : type;
        total += this.selection(sel.selectionSet, on ?? type, seen);
      } else {
        const name = sel.name.value;
        const fragment = this.fragments.get(name);
        if (fragment === undefined || seen.has(name)) continue;
        const on = this.typeNamed(fragment.typeCondition.name.value) ?? type;
        total += this.selection(fragment.selectionSet, on, new Set([...seen, name]));
      }
    }
    return total;
  }

  private typeNamed(name: string): CompositeLike | undefined {
    return this.schema.getType(name) as unknown as CompositeLike | undefined;
  }
}

/** The cost of `operation` of `document`, with its coerced variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
  const root = schema.getQueryType() as unknown as CompositeLike;
  return new CostWalk(schema, fragments, variables).selection(operation.selectionSet, root, new Set());
}
