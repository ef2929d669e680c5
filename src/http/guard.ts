import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, type OperationDefinitionNode } from 'graphql';
import type { Response } from 'express';
import { type CostLimits, nodeEstimator, type OperationCost, operationCost, rowsEstimator } from '../graphql/cost.js';
import type { Context } from '../graphql/context.js';
import type { LabelSizes } from '../store/index.js';
import { ErrorCode, QueryTooComplexError, STORE_UNAVAILABLE_MESSAGE } from '../graphql/errors.js';
import type { Metrics } from './observability.js';
import { type Budget, type BudgetState, pointsFor } from './rate-limit.js';
import type { RequestState } from './requests.js';

/** The context of a GraphQL request over HTTP: the resolvers' context plus what the server tracks of the request. */
export interface HttpContext extends Context {
  request: RequestState;
}

/** Given a client's budget, returns the `X-RateLimit-*` headers (GitHub's names; reset in epoch seconds). */
export function budgetHeaders(budget: BudgetState): [string, string][] {
  const headers: [string, string][] = [
    ['x-ratelimit-limit', String(budget.limit)],
    ['x-ratelimit-remaining', String(budget.remaining)],
    ['x-ratelimit-reset', String(Math.ceil(budget.resetAt / 1000))],
  ];
  if (budget.limited) headers.push(['retry-after', String(Math.max(1, Math.ceil((budget.resetAt - Date.now()) / 1000)))]);
  return headers;
}

/** Given an operation, tells whether it selects only `__schema`, `__type` and `__typename` at its root. */
function readsOnlyTheSchema(operation: OperationDefinitionNode | undefined): boolean {
  return Boolean(operation?.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && ['__schema', '__type', '__typename'].includes(selection.name.value)));
}

/** Given a client's spent budget, returns the RATE_LIMITED message. */
export function rateLimitedMessage(budget: BudgetState): string {
  const seconds = Math.max(1, Math.ceil((budget.resetAt - Date.now()) / 1000));
  return `This client has ${budget.remaining} of its ${budget.limit} points left for this window and the request costs ${budget.price}; try again in ${seconds} s.`;
}

/**
 * Given a request's worst-case nodes and rows read (each null when not priced), the limits and the client's budget,
 * returns the answer's `extensions`.
 */
export function answerExtensions(priced: { nodes: number | null; rows: number | null }, limits: Pick<CostLimits, 'maxNodes' | 'maxRows'>, budget: BudgetState): Record<string, unknown> {
  return {
    cost: { requested: priced.nodes, limit: limits.maxNodes, rows: priced.rows, rowsLimit: limits.maxRows },
    rateLimit: { cost: budget.cost, limit: budget.limit, remaining: budget.remaining, resetAt: new Date(budget.resetAt).toISOString() },
  };
}

/** Given a response, sets the budget headers on it (for answers that do not go through Apollo). */
export function setBudgetHeaders(res: Response, budget: BudgetState): void {
  for (const [name, value] of budgetHeaders(budget)) res.setHeader(name, value);
}

/**
 * Given an operation's text, definition, name and the request's variables, returns the key of what it asks: its name,
 * the variables it declares (no others, so a client cannot vary the key with variables of its own) and its text.
 */
export function operationKey(source: string, operation: OperationDefinitionNode | undefined, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  const declared = Object.fromEntries((operation?.variableDefinitions ?? []).map(({ variable }) => [variable.name.value, variables?.[variable.name.value]]));
  return `${operationName ?? ''}\u0000${JSON.stringify(declared)}\u0000${source}`;
}

/** Prices kept (least recently used first out), and the longest key (query text and variables) kept. */
const PRICES = 2000;
const PRICE_KEY_CHARS = 10_000;

/**
 * Given the schema, limits, the labels' sizes, budget and metrics, returns the Apollo plugin that prices each operation
 * before it runs (QUERY_TOO_COMPLEX over the node or row limit), charges the client's budget (RATE_LIMITED, 429, when
 * it cannot pay), and puts the cost and the budget left in every answer's `extensions` and headers.
 */
export function guardPlugin(schema: GraphQLSchema, limits: CostLimits, sizes: LabelSizes, budget: Budget, metrics: Metrics): ApolloServerPlugin<HttpContext> {
  const sizeOf = (label: string) => sizes.of(label);
  const estimators = { nodes: nodeEstimator(schema), rows: rowsEstimator(schema, sizeOf), rowsAsOf: rowsEstimator(schema, sizeOf, true) };
  // The price of one query text, operation and set of declared variables is worked out once (a refusal included),
  // not on every request, and again after the labels' sizes change. The cache is bounded in entries and in key
  // length, and keys hold only the variables the operation declares: a client cannot fill memory with its own.
  const priced = new LRUCache<string, OperationCost | Pick<QueryTooComplexError, 'limit' | 'value' | 'maximum' | 'priced'>>({ max: PRICES });
  let pricedAtSizes = sizes.version;
  const price = (source: string, document: DocumentNode, operation: OperationDefinitionNode | undefined, variables: Record<string, unknown>, operationName: string | undefined): OperationCost => {
    if (sizes.version !== pricedAtSizes) {
      priced.clear();
      pricedAtSizes = sizes.version;
    }
    const key = operationKey(source, operation, operationName, variables);
    let known = priced.get(key);
    if (known === undefined) {
      try {
        known = operationCost(schema, estimators, document, variables, operationName, limits);
      } catch (error) {
        if (!(error instanceof QueryTooComplexError)) throw error;
        known = { limit: error.limit, value: error.value, maximum: error.maximum, priced: error.priced };
      }
      if (key.length <= PRICE_KEY_CHARS) priced.set(key, known);
    }
    if (!('limit' in known)) return known;
    throw new QueryTooComplexError(known.limit, known.value, known.maximum, known.priced);
  };
  return {
    async requestDidStart({ contextValue }): Promise<GraphQLRequestListener<HttpContext>> {
      const state = contextValue.request;
      let charged: BudgetState | undefined;
      return {
        async didResolveOperation({ source, document, operation, operationName, request }) {
          state.operationName = operationName ?? null;
          // Lists are priced from the labels' sizes, counted once the store answers: until then only the schema does.
          if (!sizes.known && !readsOnlyTheSchema(operation)) {
            throw new GraphQLError(STORE_UNAVAILABLE_MESSAGE, { extensions: { code: ErrorCode.STORE_UNAVAILABLE, http: { status: 503 } } });
          }
          let cost: OperationCost;
          try {
            cost = price(source, document, operation, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            if (error instanceof QueryTooComplexError) {
              state.nodes = error.priced?.nodes ?? null;
              state.rows = error.priced?.rows ?? null;
              throw error;
            }
            throw new GraphQLError((error as Error).message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
          }
          state.nodes = cost.nodes;
          state.rows = cost.rows;
          // Reading the schema touches no store: it is priced by its length only, so the explorer can load it often.
          charged = await budget.charge(state.client, pointsFor(readsOnlyTheSchema(operation) ? null : cost, state.tokens));
          state.points = charged.cost;
          if (charged.limited) {
            metrics.rateLimited();
            throw new GraphQLError(rateLimitedMessage(charged), {
              extensions: { code: ErrorCode.RATE_LIMITED, http: { status: 429, headers: new HeaderMap(budgetHeaders(charged)) } },
            });
          }
        },
        async willSendResponse({ response }) {
          // A request refused before it was priced (a bad document) still costs the minimum.
          if (!charged) {
            charged = await budget.charge(state.client, 1);
            state.points = charged.cost;
          }
          for (const [name, value] of budgetHeaders(charged)) response.http.headers.set(name, value);
          // Answers change with every import and carry a client's budget: no cache keeps them. (Apollo's cache-control
          // plugin said so too; it is off, since it wrapped every resolver to read hints this API never gives.)
          response.http.headers.set('cache-control', 'no-store');
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          for (const error of result.errors ?? []) {
            const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
            state.errorCodes.push(code);
            if (code === ErrorCode.QUERY_TOO_COMPLEX) metrics.refused(String(error.extensions?.limit));
          }
          const warnings = contextValue.warnings.length ? { warnings: contextValue.warnings } : {};
          result.extensions = { ...result.extensions, ...answerExtensions(state, limits, charged), ...warnings };
        },
      };
    },
  };
}
