import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { type ExplorerOperation, explorerRouter } from './explorer.js';

/** What the HTTP layer needs from the rest of the process. */
export interface HttpOptions {
  host: string;
  port: number;
  schema: GraphQLSchema;
  context: () => Promise<Context>;
  /** Resolves when the store is prepared and answers; rejects with the reason otherwise. */
  readiness: () => Promise<void>;
  explorer: { assetsDir: string; operations: ExplorerOperation[] };
  development: boolean;
  log: (message: string) => void;
}

/** A running HTTP server: its base URL and how to stop it, draining requests in flight. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Where the GraphQL endpoint is served. */
export const GRAPHQL_PATH = '/graphql';

/** Given the schema, context and explorer, starts the HTTP API: `/graphql`, the explorer at `/`, `/healthz` and `/readyz`. */
export async function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: true,
    // The process owns shutdown (src/index.ts): Apollo would re-raise the signal and cut the store's close short.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: options.development,
    formatError: (formatted, error) => formatError(formatted, error, { development: options.development, log: options.log }),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.readiness();
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  app.use(GRAPHQL_PATH, express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: options.context }));
  app.use(explorerRouter({ ...options.explorer, graphqlPath: GRAPHQL_PATH }));

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
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    close: () => apollo.stop(),
  };
}
