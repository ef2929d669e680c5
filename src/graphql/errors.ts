import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CancelledError, StoreQueryError, StoreUnavailableError } from '../store/index.js';

/** The stable codes clients can rely on in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  TIMEOUT: 'TIMEOUT',
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** The limit a refused operation went over. */
export type CostLimit = 'nodes' | 'depth' | 'aliases' | 'directives' | 'tokens' | 'introspection' | 'nesting' | 'selections' | 'rows';

const UNITS: Record<CostLimit, string> = {
  nodes: 'may return up to',
  depth: 'nests fields',
  aliases: 'uses',
  directives: 'uses',
  tokens: 'has',
  introspection: 'nests at least',
  nesting: 'nests brackets',
  selections: 'expands, fragments included, to more than',
  rows: 'may make the store read up to',
};
const NOUNS: Record<CostLimit, string> = {
  nodes: 'nodes (list items, counting `first` of every list times the items above it)',
  depth: 'levels deep',
  aliases: 'aliases',
  directives: 'directives',
  tokens: 'tokens',
  introspection: 'introspection lists (fields, interfaces, possibleTypes, inputFields) inside one another',
  nesting: 'levels deep (braces, brackets and parentheses)',
  selections: 'selections: too many to price',
  rows: 'rows (a list sorts everything it matches before cutting its page: a top-level list its whole type, a nested one the children of each parent)',
};
const ADVICE: Record<CostLimit, string> = {
  nodes: 'Ask for smaller pages (`first`) on nested lists, or split the query.',
  depth: 'Select fewer nested levels, or follow the deeper ones in a second query from the ids you get.',
  aliases: 'Send fewer aliased fields per operation, or split it.',
  directives: 'Use fewer directives per operation.',
  tokens: 'Send a shorter document.',
  introspection: 'Ask for the schema with the standard introspection query, or read schema/schema.graphql.',
  nesting: 'Nest fewer lists, objects or selections.',
  selections: 'Spread fragments fewer times, or split the query.',
  rows: 'Ask for fewer top-level lists of large types in one operation, or reach the nodes from one of them (`compound(id:) { trials }`).',
};

/** An operation was refused before it ran because it goes over one of the limits; nothing reached the store. */
export class QueryTooComplexError extends GraphQLError {
  constructor(
    readonly limit: CostLimit,
    readonly value: number,
    readonly maximum: number,
    /** What the operation was priced at, when it could be priced (a refusal for nodes or rows). */
    readonly priced?: { nodes: number; rows: number },
  ) {
    super(`The operation ${UNITS[limit]} ${value} ${NOUNS[limit]}; the limit is ${maximum}. ${ADVICE[limit]}`, {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, value, maximum, http: { status: 400 } },
    });
  }
}

/**
 * Given a parse or validation error from graphql-js, returns the refusal it stands for when it is one of graphql-js's
 * own limits (the parser's token limit; MaxIntrospectionDepthRule, which allows two nested introspection lists), or
 * undefined when it is another error.
 */
export function graphqlLimitError(code: unknown, message: string, maxTokens: number): QueryTooComplexError | undefined {
  if (code === 'GRAPHQL_PARSE_FAILED') return tokenLimitError(message, maxTokens);
  if (code === 'GRAPHQL_VALIDATION_FAILED' && message === 'Maximum introspection depth exceeded') return new QueryTooComplexError('introspection', 3, 2);
  return undefined;
}

/** Given a parse error, returns the token-limit refusal it stands for, or undefined when it is another syntax error. */
function tokenLimitError(message: string, maxTokens: number): QueryTooComplexError | undefined {
  // graphql-js stops at token maxTokens + 1 with this message (its own spelling: "more that"); the HTTP layer counts
  // tokens before parsing, so this is a backstop.
  return /Document contains more th[ae]t \d+ tokens/.test(message) ? new QueryTooComplexError('tokens', maxTokens + 1, maxTokens) : undefined;
}

/** An argument is malformed or out of range; `argument` names it so a client can point at the field. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
  }
}

/** Nothing has the requested id. */
export class NotFoundError extends GraphQLError {
  /**
   * Given the type, the key asked for, what it was looked up by (`id` unless said otherwise, or `xref`) and the ids
   * that the key probably meant (an id written as a name: "CLR 131" for clr-131).
   */
  constructor(type: string, id: string, by: 'id' | 'xref' = 'id', suggestions: string[] = []) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((suggestion) => JSON.stringify(suggestion)).join(' or ')}?` : '';
    super(`No ${type} has the ${by === 'id' ? 'id' : 'cross-reference'} ${JSON.stringify(id)}.${hint}`, {
      extensions: { code: ErrorCode.NOT_FOUND, type, [by]: id, ...(suggestions.length ? { suggestions } : {}) },
    });
  }
}

/** How errors are shown and reported. */
export interface ErrorFormatOptions {
  /** EXPOSE_ERRORS: keep internal messages and stack traces in responses. */
  exposeErrors: boolean;
  /** Reports a server fault (never a client's mistake) with its details. */
  logFault: (error: unknown) => void;
  /** The token limit the parser was given, to explain its refusal. */
  maxTokens: number;
  /** The request deadline, to explain a TIMEOUT. */
  timeoutMs: number;
}

/** Given the error a cancelled request's field got, returns what the client sees. */
function cancelled(formatted: GraphQLFormattedError, error: CancelledError, timeoutMs: number): GraphQLFormattedError {
  const code = error.reason === 'shutdown' ? ErrorCode.SHUTTING_DOWN : ErrorCode.TIMEOUT;
  const message =
    error.reason === 'shutdown'
      ? 'The server is shutting down and stopped this request; send it again.'
      : `The request passed its deadline of ${timeoutMs} ms; what was not read by then was not run. Ask for less (smaller \`first\`, fewer nested lists) or try again.`;
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}

/** What a client reads when the store cannot answer (an outage, or a store still being prepared). */
export const STORE_UNAVAILABLE_MESSAGE = 'The graph store is unavailable; try again shortly.';

/**
 * Given an error on its way to the client, returns what the client sees: limits as QUERY_TOO_COMPLEX with what went
 * over, cancelled statements as TIMEOUT or SHUTTING_DOWN, store outages as STORE_UNAVAILABLE, and any other unexpected
 * error as a bare INTERNAL_SERVER_ERROR whose details go to the log. Stack traces only with `exposeErrors`.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, options: ErrorFormatOptions): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED; the limit's own code is kept on the original.
  const cause = original instanceof GraphQLError && original.originalError instanceof GraphQLError ? original.originalError : original;
  const refusal =
    cause instanceof QueryTooComplexError
      ? cause
      : graphqlLimitError(formatted.extensions?.code, formatted.message, options.maxTokens);
  if (refusal) {
    const { limit, value, maximum } = refusal;
    return { message: refusal.message, locations: formatted.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, value, maximum } };
  }
  if (original instanceof CancelledError) return cancelled(formatted, original, options.timeoutMs);
  if (original instanceof StoreUnavailableError) {
    options.logFault(original);
    return {
      message: STORE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.STORE_UNAVAILABLE },
    };
  }
  if (original instanceof StoreQueryError || formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
    options.logFault(original);
    if (!options.exposeErrors) {
      return { message: 'Internal server error.', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
  }
  return formatted;
}
