// Rejects mutation and subscription operations at validation (HTTP 400, GRAPHQL_VALIDATION_FAILED).
// graphql-js 16 only notices a missing root type at execution, as an internal error; graphql 17's
// KnownOperationTypesRule does this, and this rule stands in for it until we can move to 17.
import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

export const readOnlyRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    if (node.operation !== 'query') {
      context.reportError(
        new GraphQLError(`this API is read-only: ${node.operation} is not supported`, { nodes: node }),
      );
    }
  },
});
