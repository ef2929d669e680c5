import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreQueryError, StoreUnavailableError } from '../store/index.js';

/** The stable codes clients can rely on in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** An argument is malformed or out of range; `argument` names it so a client can point at the field. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
  }
}

/** Nothing has the requested id. */
export class NotFoundError extends GraphQLError {
  constructor(type: string, id: string) {
    super(`No ${type} has the id ${JSON.stringify(id)}.`, { extensions: { code: ErrorCode.NOT_FOUND, type, id } });
  }
}

/**
 * Given an error on its way to the client, returns what the client sees: store outages as STORE_UNAVAILABLE,
 * and any other unexpected error as a bare
 * INTERNAL_SERVER_ERROR (its details go to the log, not to the client, outside development).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { development: boolean; log: (message: string) => void },
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof StoreUnavailableError) {
    options.log(original.message);
    return {
      ...formatted,
      message: 'The graph store is unavailable; try again shortly.',
      extensions: { ...formatted.extensions, code: ErrorCode.STORE_UNAVAILABLE },
    };
  }
  if (original instanceof StoreQueryError || formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    options.log(`${(original as Error).stack ?? String(original)}`);
    if (!options.development) {
      return { message: 'Internal server error.', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
  }
  return formatted;
}
