// Shape tests on schema types read from their printed form and their members, not with graphql's
// isListType/isLeafType: graphql's CJS and ESM builds can both be loaded (graphql-tools and
// graphql-query-complexity pick one each under vitest), and `instanceof` fails across them.
interface TypeLike {
  toString(): string;
}

const listness = new WeakMap<TypeLike, boolean>();

/**
 * `[X]`, `[X!]!` …: a list, whatever its nullability. Kept per type object: the schema's types live as
 * long as the server, and the cost walk asks for every selected field of every request.
 */
export function isList(type: TypeLike): boolean {
  let known = listness.get(type);
  if (known === undefined) {
    known = String(type).replace(/!$/, '').startsWith('[');
    listness.set(type, known);
  }
  return known;
}

/** Whether the named type behind `type` is an object, interface or union (not a scalar or enum). */
export function hasFields(type: unknown): boolean {
  let t = type as { ofType?: unknown } | null | undefined;
  while (t?.ofType !== undefined && t.ofType !== null) t = t.ofType as typeof t;
  const named = t as { getFields?: unknown; getTypes?: unknown } | null | undefined;
  return typeof named?.getFields === 'function' || typeof named?.getTypes === 'function';
}
