import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { RequestLimits } from '../config.js';
import { costRules, shapeRefusal } from '../graphql/cost.js';
import type { Context } from '../graphql/context.js';
import { ErrorCode, formatError } from '../graphql/errors.js';
import { KnownOperationTypesRule } from '../graphql/operation-types.js';
import type { GraphState, WorkBounds } from '../store/index.js';
import { type ExplorerOperation, explorerRouter } from './explorer.js';
import { asOfPlugin } from '../graphql/as-of.js';
import { answerExtensions, guardPlugin, type HttpContext, rateLimitedMessage, setBudgetHeaders } from './guard.js';
import { errorHandler, notFound, sendError } from './http-errors.js';
import { type Metrics, requestLogger } from './observability.js';
import type { Budget } from './rate-limit.js';
import { clientKey, InFlight, type RequestState } from './requests.js';
import { responseCachePlugin } from './response-cache.js';

/** What the HTTP layer needs from the rest of the process. */
export interface HttpOptions {
  host: string;
  port: number;
  schema: GraphQLSchema;
  /** Given the bounds of one request, returns its resolvers' context. */
  context: (bounds: WorkBounds) => Context;
  /** Resolves when the store is prepared and answers; rejects with the reason otherwise. */
  readiness: () => Promise<void>;
  explorer: { assetsDir: string; operations: ExplorerOperation[] };
  exposeErrors: boolean;
  limits: RequestLimits;
  trustProxy: string | boolean | number;
  shutdownGraceMs: number;
  logger: Logger;
  metrics: Metrics;
  budget: Budget;
  /** The data version and the labels' sizes: cached answers are keyed by the one, prices read the other. */
  graphState: GraphState;
  /** The most bytes of answers the response cache keeps; 0 turns it off. */
  responseCacheBytes: number;
}

/** A running HTTP server: its base URL and how to stop it, answering requests in flight first. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Where the GraphQL endpoint is served. */
export const GRAPHQL_PATH = '/graphql';

const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * Given the schema, context, limits and explorer, starts the HTTP API: `/graphql` (priced, budgeted and bounded by
 * a deadline), the explorer at `/`, `/healthz`, `/readyz` and `/metrics`. Every error answers JSON with a code.
 */
export async function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const { limits, logger, metrics, budget } = options;
  const logFault = (error: unknown) => logger.error({ err: error }, 'request failed');
  const inFlight = new InFlight(limits.timeoutMs);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy);
  const httpServer: Server = createServer(app);

  const apollo = new ApolloServer<HttpContext>({
    schema: options.schema,
    introspection: true,
    // The process owns shutdown (src/index.ts): Apollo would re-raise the signal and cut the store's close short.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: options.exposeErrors,
    parseOptions: { maxTokens: limits.maxTokens },
    // Automatic persisted queries would let a hash stand for a document the token count never saw.
    persistedQueries: false,
    validationRules: [KnownOperationTypesRule, ...costRules(limits)],
    formatError: (formatted, error) => formatError(formatted, error, { exposeErrors: options.exposeErrors, logFault, maxTokens: limits.maxTokens, timeoutMs: limits.timeoutMs }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      guardPlugin(options.schema, limits, options.graphState.sizes, budget, metrics),
      asOfPlugin<HttpContext>(),
      // After the guard: a cached answer is priced and charged like any other.
      ...(options.responseCacheBytes > 0 ? [responseCachePlugin(options.responseCacheBytes, () => options.graphState.dataKey, metrics)] : []),
    ],
  });
  await apollo.start();

  app.use(requestLogger(logger));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (inFlight.draining) {
      res.status(503).json({ status: 'unavailable', reason: 'the server is shutting down' });
      return;
    }
    try {
      await options.readiness();
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  /** Given a request refused before it was priced, spends its client's minimum point and shows the budget left. */
  const chargeRefusal = async (res: Response, state: RequestState) => {
    const spent = await budget.charge(state.client, 1);
    state.points = spent.cost;
    setBudgetHeaders(res, spent);
    return spent;
  };
  const track = (req: Request, res: Response, next: NextFunction) => {
    if (inFlight.draining) {
      res.setHeader('connection', 'close');
      sendError(res, 503, ErrorCode.SHUTTING_DOWN, 'The server is shutting down; send the request again.');
      return;
    }
    const client = clientKey(req);
    if (inFlight.inFlightFor(client) >= limits.maxConcurrentPerClient) {
      // One client cannot hold more than its share of the store's workers, whatever its budget.
      metrics.rateLimited();
      res.setHeader('retry-after', '1');
      sendError(res, 429, ErrorCode.RATE_LIMITED, `This client has ${limits.maxConcurrentPerClient} requests in flight, the most it may have; wait for an answer before sending more.`);
      return;
    }
    const state = inFlight.start(req, res);
    res.locals.request = state;
    const started = performance.now();
    res.once('finish', () => metrics.request(state.operationName, state.errorCodes[0] ?? (res.statusCode < 400 ? 'ok' : String(res.statusCode)), (performance.now() - started) / 1000));
    next();
  };
  const gate = async (_req: Request, res: Response, next: NextFunction) => {
    const state = res.locals.request as RequestState;
    const spent = await budget.peek(state.client);
    // Set now for answers Apollo gives before its plugins run (a batch, a bad method); a priced answer overwrites them.
    setBudgetHeaders(res, spent);
    if (!spent.limited) {
      next();
      return;
    }
    metrics.rateLimited();
    state.errorCodes.push(ErrorCode.RATE_LIMITED);
    sendError(res, 429, ErrorCode.RATE_LIMITED, rateLimitedMessage(spent));
  };
  const body = express.json({ limit: limits.maxBodyBytes, type: JSON_TYPES });
  const requireJson = (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'POST' && !req.is(JSON_TYPES)) {
      next(Object.assign(new Error('unsupported content type'), { status: 415, type: 'content-type.unsupported' }));
      return;
    }
    // Apollo reads the body only on POST; Express 5 leaves it unset on GET.
    req.body ??= {};
    next();
  };
  // Counted before Apollo parses: the parser recurses per nesting level and would otherwise meet a deep document first.
  const shape = (req: Request, res: Response, next: NextFunction) => {
    // On GET, read the URL as Apollo does: Express's query parser stops at 1,000 parameters, Apollo's does not.
    const queries = req.method === 'POST' ? [(req.body as { query?: unknown }).query] : new URL(req.originalUrl, 'http://server').searchParams.getAll('query');
    const query = queries.length === 1 ? queries[0] : undefined;
    const state = res.locals.request as RequestState;
    const shaped = typeof query === 'string' ? shapeRefusal(query, limits) : undefined;
    state.tokens = shaped?.shape.tokens ?? 0;
    const refusal = shaped?.refusal;
    if (!refusal) {
      next();
      return;
    }
    state.errorCodes.push(ErrorCode.QUERY_TOO_COMPLEX);
    metrics.refused(refusal.limit);
    chargeRefusal(res, state).then((spent) => {
      const { limit, value, maximum } = refusal;
      sendError(res, 400, ErrorCode.QUERY_TOO_COMPLEX, refusal.message, { limit, value, maximum }, answerExtensions({ nodes: null, rows: null }, limits, spent));
    }, next);
  };
  const graphqlErrors = (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const state = res.locals.request as RequestState | undefined;
    if (!state || res.headersSent) {
      next(error);
      return;
    }
    chargeRefusal(res, state).then(
      () => next(error),
      () => next(error),
    );
  };
  app.use(
    GRAPHQL_PATH,
    track,
    gate,
    body,
    requireJson,
    shape,
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const request = res.locals.request as RequestState;
        return { ...options.context({ signal: request.controller.signal, deadline: request.deadline }), request };
      },
    }),
    graphqlErrors,
  );
  app.use(explorerRouter({ ...options.explorer, graphqlPath: GRAPHQL_PATH }));
  app.use(notFound);
  app.use(
    errorHandler({
      exposeErrors: options.exposeErrors,
      logFault,
      onClientError: (res, code) => (res.locals.request as RequestState | undefined)?.errorCodes.push(code),
    }),
  );

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () => {
      closing ??= (async () => {
        // Stop taking connections, answer what is in flight (cut off with SHUTTING_DOWN after the grace), then close.
        const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeIdleConnections();
        await inFlight.drain(options.shutdownGraceMs, (res) => {
          res.setHeader('connection', 'close');
          sendError(res, 503, ErrorCode.SHUTTING_DOWN, 'The server is shutting down; send the request again.');
        });
        httpServer.closeAllConnections();
        await closed;
        await apollo.stop();
      })();
      return closing;
    },
  };
}
