// Every list field of the schema, bounded the same way: it checks the request's deadline before it
// resolves, takes `first` (1..API_LIMITS.page.nested; sliced
// here unless its resolver pages natively) and counts its items against the request's budget
// (request-guard.ts). One wrapper over the schema instead of the same lines in forty resolvers.
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { ApiContext } from './context';
import { API_LIMITS, checkPage } from './limits';
import { isList } from './type-shape';

/** Fields whose resolver applies `first` itself (the store pages them). */
const NATIVE_FIRST: ReadonlySet<string> = new Set([
  'Query.search',
  'Query.paths',
  'Query.obligationChains',
  'Query.similarRecommendations',
]);

export function boundListFields(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => {
      if (!isList(config.type)) return config;
      const resolve = (config.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, ApiContext>;
      const slices = config.args?.first !== undefined && !NATIVE_FIRST.has(`${typeName}.${fieldName}`);
      const counted = (out: unknown, first: number | null, ctx: ApiContext): unknown => {
        const items = first !== null && Array.isArray(out) ? out.slice(0, first) : out;
        ctx.guard.spend(Array.isArray(items) ? items.length : 0);
        return items;
      };
      // Synchronous when the resolver is: most list fields (a node's labels, a link's evidence) read a
      // property, and a promise for each would make the executor await thousands per answer.
      const bounded: GraphQLFieldResolver<unknown, ApiContext, Record<string, unknown>> = (
        source,
        args,
        ctx,
        info,
      ) => {
        // No turn given back here: resolvers of one level must reach their loaders in the same tick
        // for DataLoader to batch them; the store calls give the turns (deadline.ts).
        ctx.guard.check();
        const first =
          slices && typeof args.first === 'number'
            ? checkPage('first', args.first, API_LIMITS.page.nested)
            : null;
        const out: unknown = resolve(source, args, ctx, info);
        return out instanceof Promise
          ? out.then((value: unknown) => counted(value, first, ctx))
          : counted(out, first, ctx);
      };
      return { ...config, resolve: bounded };
    },
  });
}
