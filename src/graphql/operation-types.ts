import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Given a validation context, refuses an operation whose type (mutation, subscription) the schema has no root for, so
 * the client gets a 400 validation error instead of an execution fault. graphql-js 16 leaves this to execution.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations; it answers queries only.`, { nodes: node }));
    }
  },
});
