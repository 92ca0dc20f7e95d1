// Executes operations with graphql-jit instead of graphql-js. A neighbourhood or a page of chains is
// thousands of fields, and graphql-js pays per field for work that depends only on the query (argument
// maps, type checks, promise plumbing); graphql-jit compiles each validated document once into a
// function and runs it at about half the cost (bench/api). Parsing, validation (graphql-armor's limits
// included), error formatting and HTTP stay Apollo's: this replaces the execute step, and does first
// what graphql-js's execute would: resolve the operation (OPERATION_RESOLUTION_FAILURE) and coerce
// the variables (BAD_USER_INPUT naming the variable); then it prices the operation (cost.ts).
//
// A compilation is worth its cost only for a document asked again, and it weighs what the operation
// selects (code per field, fragments inlined), which the document cache's budget does not see. So only
// documents the cache keeps are compiled, and only up to a size (compile-weight.ts); anything else is
// run by graphql-js's execute and holds nothing once answered. A flood of large documents each sent
// twice (aliased introspection) otherwise kept a compilation of up to half a megabyte of source each.
//
// Apollo Server 5 has no `executor` option; its documented seam for a custom one is the `gateway`
// interface (a gateway with a fixed schema and our executor; see the Apollo Server 3→4 migration notes).
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  execute,
  getVariableValues,
  Kind,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { operationCost } from './cost';
import { apiError } from './errors';
import { compilable } from './compile-weight';

/** Which documents may be compiled: the document cache's own (document-store.ts `kept`). */
export type CompilePolicy = (document: DocumentNode) => boolean;

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/**
 * Compiled queries per parsed document and operation name. Apollo's document store hands back the same
 * DocumentNode for the same query text, so a WeakMap keeps each compilation exactly as long as Apollo
 * keeps its document (document-store.ts bounds both). 'interpret': too large to compile.
 */
type Compiled = CompiledQuery | ExecutionResult | 'interpret';

const http400 = { status: 400, headers: new Map<string, string>() };

/**
 * The document graphql-jit compiles: the same operations, each variable declared as the JSON scalar
 * (non-null kept). The variables are coerced by graphql-js first (refusal below) and pass through
 * graphql-jit as they are: its own coercion code unrolls input types, and a recursive one
 * (RecommendationWhere: AND, OR, NOT) made it generate code without end (36 s and +700 MB for one
 * request with a `$where` variable).
 */
function withJsonVariables(document: DocumentNode): DocumentNode {
  const json: NamedTypeNode = { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'JSON' } };
  return {
    ...document,
    definitions: document.definitions.map((d) =>
      d.kind !== Kind.OPERATION_DEFINITION
        ? d
        : {
            ...d,
            variableDefinitions: (d.variableDefinitions ?? []).map((v) => ({
              ...v,
              type: v.type.kind === Kind.NON_NULL_TYPE ? { kind: Kind.NON_NULL_TYPE, type: json } : json,
              defaultValue: undefined,
            })),
          },
    ),
  };
}

/** The checks graphql-js's execute makes before running: errors, or the coerced variables to run with. */
function refusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown>,
  maxCost: number,
): ExecutionResult | { variables: Record<string, unknown>; operation: OperationDefinitionNode } {
  const operation = getOperationAST(document, operationName);
  if (operation === null || operation === undefined) {
    const message =
      operationName === null
        ? 'the document has several operations: name one with operationName'
        : `the document has no operation named "${operationName}"`;
    return { errors: [apiError('OPERATION_RESOLUTION_FAILURE', message, 400)] };
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 10,
  });
  if (coerced.errors !== undefined) {
    return {
      errors: coerced.errors.map(
        (e) =>
          new GraphQLError(e.message, {
            nodes: e.nodes,
            extensions: { code: 'BAD_USER_INPUT', http: http400 },
          }),
      ),
    };
  }
  const cost = operationCost(schema, document, operation, coerced.coerced);
  if (cost > maxCost) {
    return {
      errors: [
        apiError(
          'QUERY_TOO_COSTLY',
          `the query's estimated cost ${Math.round(cost)} is above the limit ${maxCost}: ask for smaller pages (first, limit) or fewer nested lists`,
          400,
        ),
      ],
    };
  }
  return { variables: coerced.coerced, operation };
}

export function jitExecutor(
  schema: GraphQLSchema,
  maxCost: number,
  compiles: CompilePolicy,
): GatewayExecutor {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string | null,
  ): Compiled => {
    let byName = compiled.get(document);
    if (byName === undefined) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      query = compilable(document, operation)
        ? compileQuery(schema, withJsonVariables(document), operationName ?? undefined)
        : 'interpret';
      byName.set(key, query);
    }
    return query;
  };
  return async (request) => {
    const variables = (request.request.variables ?? {}) as Record<string, unknown>;
    // the name the client sent: Apollo's own `operationName` is null when it resolved no operation
    const operationName = request.request.operationName ?? null;
    const checked = refusal(schema, request.document, operationName, variables, maxCost);
    if (!('variables' in checked)) return checked;
    const query = compiles(request.document)
      ? compile(request.document, checked.operation, operationName)
      : 'interpret';
    if (query === 'interpret') {
      return execute({
        schema,
        document: request.document,
        operationName,
        // graphql-js coerces them itself: the raw values, not the coerced ones (an enum's internal
        // value is not one of its names)
        variableValues: variables,
        contextValue: request.context,
      });
    }
    if (!isCompiledQuery(query)) return query;
    return query.query(undefined, request.context, checked.variables);
  };
}

/** A fixed-schema "gateway" whose only job is to hand Apollo the graphql-jit executor. */
export function jitGateway(
  schema: GraphQLSchema,
  maxCost: number,
  compiles: CompilePolicy,
): GatewayInterface {
  return {
    async load() {
      return { executor: jitExecutor(schema, maxCost, compiles) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
