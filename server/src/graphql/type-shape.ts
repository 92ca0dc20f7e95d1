// Shape tests on schema types read from their printed form and their members, not with graphql's
// isListType/isLeafType: graphql's CJS and ESM builds can both be loaded (graphql-tools and
// graphql-query-complexity pick one each under vitest), and `instanceof` fails across them.
interface TypeLike {
  toString(): string;
}

/** `[X]`, `[X!]!` …: a list, whatever its nullability. */
export const isList = (type: TypeLike): boolean => String(type).replace(/!$/, '').startsWith('[');

/** Whether the named type behind `type` is an object, interface or union (not a scalar or enum). */
export function hasFields(type: unknown): boolean {
  let t = type as { ofType?: unknown } | null | undefined;
  while (t?.ofType !== undefined && t.ofType !== null) t = t.ofType as typeof t;
  const named = t as { getFields?: unknown; getTypes?: unknown } | null | undefined;
  return typeof named?.getFields === 'function' || typeof named?.getTypes === 'function';
}
