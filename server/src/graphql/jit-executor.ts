// Executes operations with graphql-jit instead of graphql-js. A neighbourhood or a page of chains is
// thousands of fields, and graphql-js pays per field for work that depends only on the query (argument
// maps, type checks, promise plumbing); graphql-jit compiles each validated document once into a
// function and runs it at about half the cost (bench/api). Parsing, validation (graphql-armor's limits
// included), error formatting and HTTP stay Apollo's: this only replaces the execute step.
//
// Apollo Server 5 has no `executor` option; its documented seam for a custom one is the `gateway`
// interface (a gateway with a fixed schema and our executor; see the Apollo Server 3→4 migration notes).
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/**
 * Compiled queries per parsed document and operation name. Apollo's document store hands back the same
 * DocumentNode for the same query text, so a WeakMap keeps each compilation exactly as long as Apollo
 * keeps its document (document-store.ts bounds both; a one-off document is compiled, run and dropped).
 */
type Compiled = CompiledQuery | ExecutionResult;

export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (document: DocumentNode, operationName: string | null): Compiled => {
    let byName = compiled.get(document);
    if (byName === undefined) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      query = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, query);
    }
    return query;
  };
  return async (request) => {
    const query = compile(request.document, request.operationName);
    if (!isCompiledQuery(query)) return query;
    return query.query(undefined, request.context, request.request.variables ?? {});
  };
}

/** A fixed-schema "gateway" whose only job is to hand Apollo the graphql-jit executor. */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { executor: jitExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
