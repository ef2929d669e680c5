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
import { CypherCatalog, Executor, openEngine, prepareStore, StoreUnavailableError } from './store/index.js';

export { ROOT };

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

/** Given an executor, loads every seed bundle when the store holds no node yet; returns how many bundles it loaded. */
export async function seedIfEmpty(executor: Executor, root = ROOT): Promise<number> {
  const [row] = await executor.read({ name: 'count-nodes', text: 'MATCH (n) RETURN count(n) AS nodes', params: {} });
  if (Number(row?.nodes ?? 0) > 0) return 0;
  const files = seedFiles(join(root, 'seeds'));
  for (const file of files) await loadBundle(executor, readBundleFile(file));
  return files.length;
}

/**
 * Given the configuration, opens the store, applies its schema, loads the seeds into an empty store and serves the
 * API. When Neo4j cannot be reached the server still starts, says so naming the URI, answers `/readyz` with 503 and
 * keeps retrying every `retryMs`.
 */
export async function startApp(config: Config, log: (message: string) => void = console.log, retryMs = 5000): Promise<App> {
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

  let prepared: Promise<void> | undefined;
  let lastFailure: Error | undefined;
  let retry: NodeJS.Timeout | undefined;
  const prepare = async (): Promise<void> => {
    await prepareStore(executor, cypher);
    if (config.seedOnStart) {
      const loaded = await seedIfEmpty(executor);
      if (loaded) log(`seeded the empty store with ${loaded} bundle(s)`);
    }
  };
  const attempt = (): Promise<void> => {
    prepared = prepare().catch((error: Error) => {
      prepared = undefined;
      lastFailure = error;
      if (!(error instanceof StoreUnavailableError)) throw error;
      log(`${error.message}; retrying in ${retryMs / 1000} s`);
      retry = setTimeout(() => void attempt().catch(() => undefined), retryMs);
    });
    return prepared;
  };
  await attempt();

  const server = await startHttpServer({
    host: config.host,
    port: config.port,
    schema: await graphqlSchema(),
    context,
    readiness: async () => {
      if (!prepared) throw lastFailure ?? new Error('the store is being prepared');
      await prepared;
      await executor.ping();
    },
    explorer: { assetsDir: join(ROOT, 'dist', 'explorer'), operations: exampleOperations() },
    development: config.development,
    log,
  });
  log(`oncology program graph on ${executor.engine.kind} store (${executor.engine.location}) at ${server.url}/ (GraphQL at ${server.url}/graphql)`);
  return {
    url: server.url,
    executor,
    close: async () => {
      clearTimeout(retry);
      await server.close();
      await executor.close();
    },
  };
}
