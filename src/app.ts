import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { contextFactory } from './graphql/context.js';
import { graphqlSchema } from './graphql/schema.js';
import type { ExplorerOperation } from './http/explorer.js';
import { createLogger, Metrics } from './http/observability.js';
import { Budget } from './http/rate-limit.js';
import { type RunningServer, startHttpServer } from './http/server.js';
import { loadBundle, readBundleFile, seedBundleFiles } from './ingest/load-bundle.js';
import { ensurePrograms } from './ingest/programs.js';
import { ensureSearchText } from './ingest/search-text.js';
import { ROOT } from './root.js';
import { anyNodeOfTheGraph, CypherCatalog, Executor, GraphState, openEngine, prepareStore, StoreUnavailableError } from './store/index.js';

/** A running API: its URL, its executor, metrics and graph state (for tests and tools) and how to stop it all. */
export interface App extends RunningServer {
  executor: Executor;
  metrics: Metrics;
  graphState: GraphState;
}

/** Given the repository root, returns the example operations of `schema/operations/`, in file-name order. */
export function exampleOperations(root = ROOT): ExplorerOperation[] {
  const folder = join(root, 'schema', 'operations');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({ name: name.replace(/^\d+-/, '').replace(/\.graphql$/, ''), query: readFileSync(join(folder, name), 'utf8') }));
}

/**
 * Given an executor, loads the seed bundles (the later history too unless told not to) when the store holds no node
 * of this graph yet; returns how many it loaded.
 */
export async function seedIfEmpty(executor: Executor, root = ROOT, history = true): Promise<number> {
  const [row] = await executor.read(anyNodeOfTheGraph());
  if (Number(row?.nodes ?? 0) > 0) return 0;
  const files = seedBundleFiles(root, history);
  for (const file of files) await loadBundle(executor, readBundleFile(file));
  return files.length;
}

/** How the app reports: its logger, and errors that must stop the process after start-up (a broken seed found on a retry). */
export interface AppOptions {
  logger?: Logger;
  onFatal?: (error: Error) => void;
  retryMs?: number;
  /**
   * How often the data version is read again (cached answers and prices follow it): every second on Neo4j, where
   * another process may load data; never on the embedded store, which only this process writes.
   */
  versionCheckMs?: number;
}

/** Given the configuration, a logger and metrics, reports every statement the executor runs: durations always, text on LOG_CYPHER. */
function observeStatements(executor: Executor, config: Config, logger: Logger, metrics: Metrics): void {
  executor.observe((event) => {
    metrics.statement(event);
    if (!config.logStatements) return;
    const params = config.logStatementParams ? { parameters: event.params } : {};
    logger.info({ statement: event.name, mode: event.mode, rows: event.rows, ms: Number(event.ms.toFixed(1)), cypher: event.text, ...params }, 'cypher');
  });
}

/**
 * Given the executor, Cypher, the graph's state and configuration, returns the store's preparation (DDL, Cypher
 * checks, seeding, reading the data version and the labels' sizes) as a state `/readyz` reads, and its first attempt.
 * When the store cannot be reached it says so and retries every `retryMs`; an error found on a retry goes to
 * `onFatal`.
 */
function storePreparation(executor: Executor, cypher: CypherCatalog, graphState: GraphState, config: Config, logger: Logger, options: Required<Pick<AppOptions, 'onFatal' | 'retryMs'>>) {
  let state: 'preparing' | 'prepared' | Error = 'preparing';
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const prepare = async (): Promise<void> => {
    await prepareStore(executor, cypher);
    // Lists are priced from the labels' sizes: counted before anything else takes time.
    await graphState.refresh();
    const programs = await ensurePrograms(executor);
    if (programs?.written || programs?.deleted) logger.info(programs, 'derived the stored programs again (their rule changed)');
    const searchTerms = await ensureSearchText(executor);
    if (searchTerms) logger.info({ nodes: searchTerms }, 'wrote the search terms again (their rule changed, or the store predates search)');
    if (config.seedOnStart) {
      const loaded = await seedIfEmpty(executor, ROOT, config.seedHistory);
      if (loaded) logger.info(`seeded the empty store with ${loaded} bundle(s)`);
    }
    await graphState.refresh();
  };
  const attempt = (): Promise<void> =>
    prepare().then(
      () => {
        state = 'prepared';
      },
      (error: Error) => {
        state = error;
        if (stopped || !(error instanceof StoreUnavailableError)) throw error;
        logger.warn(`${error.message}; retrying in ${options.retryMs / 1000} s`);
        retry = setTimeout(() => attempt().catch((fatal: Error) => stopped || options.onFatal(fatal)), options.retryMs);
      },
    );
  return {
    attempt,
    readiness: async () => {
      if (state === 'preparing') throw new Error('the store is being prepared');
      if (state instanceof Error) throw state;
      await executor.ping();
    },
    stop: () => {
      stopped = true;
      clearTimeout(retry);
    },
  };
}

/**
 * Given the configuration, serves the API, then opens the store, applies its schema and loads the seeds into an empty
 * store; `/readyz` answers 503 until that is done. An error of the data or the Cypher stops start-up.
 */
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const onFatal = options.onFatal ?? ((error: Error) => logger.fatal(error.message));
  const operations = exampleOperations();
  const metrics = new Metrics(operations.flatMap((operation) => /^\s*query\s+(\w+)/m.exec(operation.query)?.[1] ?? []));
  const cypher = CypherCatalog.load(join(ROOT, 'cypher'));
  const executor = new Executor(openEngine(config));
  const budget = new Budget(config.rateLimit, (message) => logger.warn(message));
  const graphState = new GraphState(executor, cypher, (error) => logger.warn(`reading the data version after a write: ${error.message}; retrying`));
  const release = async () => {
    await executor.close();
    await budget.close();
  };
  let server: RunningServer;
  let preparation: ReturnType<typeof storePreparation>;
  try {
    observeStatements(executor, config, logger, metrics);
    preparation = storePreparation(executor, cypher, graphState, config, logger, { onFatal, retryMs: options.retryMs ?? 5000 });
    const context = contextFactory(executor, cypher, graphState);
    await budget.ready();
    server = await startHttpServer({
      host: config.host,
      port: config.port,
      schema: await graphqlSchema(),
      context,
      readiness: preparation.readiness,
      explorer: { assetsDir: join(ROOT, 'dist', 'explorer'), operations },
      exposeErrors: config.exposeErrors,
      limits: config.limits,
      trustProxy: config.trustProxy,
      shutdownGraceMs: config.shutdownGraceMs,
      logger,
      metrics,
      budget,
      graphState,
      responseCacheBytes: config.responseCacheBytes,
    });
  } catch (error) {
    await release();
    throw error;
  }
  const checkEvery = options.versionCheckMs ?? (executor.engine.kind === 'neo4j' ? 1000 : undefined);
  let failing = false;
  let closing = false;
  const check = () =>
    graphState.refresh().then(
      () => (failing = false),
      (error: Error) => {
        if (!failing && !closing) logger.warn(`reading the data version: ${error.message}`);
        failing = true;
      },
    );
  const versionCheck = checkEvery === undefined ? undefined : setInterval(check, checkEvery).unref();
  const close = async () => {
    closing = true;
    clearInterval(versionCheck);
    graphState.stop();
    preparation.stop();
    await server.close();
    await release();
  };
  try {
    await preparation.attempt();
  } catch (error) {
    await close();
    throw error;
  }
  logger.info(`oncology program graph on ${executor.engine.kind} store (${executor.engine.location}) at ${server.url}/ (GraphQL at ${server.url}/graphql)`);
  return { url: server.url, executor, metrics, graphState, close };
}
