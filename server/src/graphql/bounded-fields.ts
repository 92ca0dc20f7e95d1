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
      const bounded: GraphQLFieldResolver<unknown, ApiContext, Record<string, unknown>> = async (
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
        const out = await resolve(source, args, ctx, info);
        const items = first !== null && Array.isArray(out) ? out.slice(0, first) : out;
        ctx.guard.spend(Array.isArray(items) ? items.length : 0);
        return items;
      };
      return { ...config, resolve: bounded };
    },
  });
}
