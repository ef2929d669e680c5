import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { contextFactory } from './graphql/context.js';
import { graphqlSchema } from './graphql/schema.js';
import type { ExplorerOperation } from './http/explorer.js';
import { type RunningServer, startHttpServer } from './http/server.js';
import { loadBundle, readBundleFile, seedFiles } from './ingest/load-bundle.js';
import { ROOT } from './root.js';
import { anyNodeOfTheGraph, CypherCatalog, Executor, openEngine, prepareStore, StoreUnavailableError } from './store/index.js';

/** A running API: its URL, its executor (for tests and tools) and how to stop it all. */
export interface App extends RunningServer {
  executor: Executor;
}

/** Given the repository root, returns the example operations of `schema/operations/`, in file-name order. */
export function exampleOperations(root = ROOT): ExplorerOperation[] {
  const folder = join(root, 'schema', 'operations');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({ name: name.replace(/^\d+-/, '').replace(/\.graphql$/, ''), query: readFileSync(join(folder, name), 'utf8') }));
}

/** Given an executor, loads every seed bundle when the store holds no node of this graph yet; returns how many it loaded. */
export async function seedIfEmpty(executor: Executor, root = ROOT): Promise<number> {
  const [row] = await executor.read(anyNodeOfTheGraph());
  if (Number(row?.nodes ?? 0) > 0) return 0;
  const files = seedFiles(join(root, 'seeds'));
  for (const file of files) await loadBundle(executor, readBundleFile(file));
  return files.length;
}

/** How the app reports: log lines, and errors that must stop the process after start-up (a broken seed found on a retry). */
export interface AppOptions {
  log?: (message: string) => void;
  onFatal?: (error: Error) => void;
  retryMs?: number;
}

/**
 * Given the configuration, serves the API, then opens the store, applies its schema and loads the seeds into an empty
 * store; `/readyz` answers 503 until that is done. An error of the data or the Cypher stops start-up. When the store
 * cannot be reached, it says so naming the URI and retries every `retryMs`, and an error found on a retry goes to
 * `onFatal`.
 */
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? console.log;
  const onFatal = options.onFatal ?? ((error: Error) => log(`fatal: ${error.message}`));
  const retryMs = options.retryMs ?? 5000;
  const cypher = CypherCatalog.load(join(ROOT, 'cypher'));
  const executor = new Executor(openEngine(config));
  let context: ReturnType<typeof contextFactory>;
  try {
    context = contextFactory(executor, cypher);
  } catch (error) {
    await executor.close();
    throw error;
  }
  if (config.logStatements) {
    executor.observe((event) => log(`cypher ${event.name} ${event.mode} ${event.rows} rows ${event.ms.toFixed(1)} ms\n${event.text}\n${JSON.stringify(event.params)}`));
  }

  let state: 'preparing' | 'prepared' | Error = 'preparing';
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const prepare = async (): Promise<void> => {
    await prepareStore(executor, cypher);
    if (config.seedOnStart) {
      const loaded = await seedIfEmpty(executor);
      if (loaded) log(`seeded the empty store with ${loaded} bundle(s)`);
    }
  };
  const attempt = (): Promise<void> =>
    prepare().then(
      () => {
        state = 'prepared';
      },
      (error: Error) => {
        state = error;
        if (closed || !(error instanceof StoreUnavailableError)) throw error;
        log(`${error.message}; retrying in ${retryMs / 1000} s`);
        retry = setTimeout(() => attempt().catch((fatal: Error) => closed || onFatal(fatal)), retryMs);
      },
    );

  let server: RunningServer;
  try {
    server = await startHttpServer({
      host: config.host,
      port: config.port,
      schema: await graphqlSchema(),
      context,
      readiness: async () => {
        if (state === 'preparing') throw new Error('the store is being prepared');
        if (state instanceof Error) throw state;
        await executor.ping();
      },
      explorer: { assetsDir: join(ROOT, 'dist', 'explorer'), operations: exampleOperations() },
      development: config.development,
      log,
    });
  } catch (error) {
    await executor.close();
    throw error;
  }
  const close = async () => {
    closed = true;
    clearTimeout(retry);
    await server.close();
    await executor.close();
  };
  try {
    await attempt();
  } catch (error) {
    await close();
    throw error;
  }
  log(`oncology program graph on ${executor.engine.kind} store (${executor.engine.location}) at ${server.url}/ (GraphQL at ${server.url}/graphql)`);
  return { url: server.url, executor, close };
}
