import { type App, type AppOptions, startApp } from '../../src/app.js';
import { type Config, readConfig } from '../../src/config.js';
import { Executor, openEngine } from '../../src/store/index.js';
import { emptyOurLabels } from './engines.js';

/**
 * Settings for a throwaway API on a free port of 127.0.0.1, seeded, without stack traces: on the Neo4j of NEO4J_URI
 * when it is set, on an in-memory embedded store otherwise.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    graphPath: ':memory:',
    neo4j: process.env.NEO4J_URI ? readConfig().neo4j : undefined,
    seedOnStart: true,
    development: false,
    logStatements: false,
    ...overrides,
  };
}

/** Starts the full API (GraphQL, explorer, health) on 127.0.0.1 over an emptied store, with the seed data loaded. */
export async function startTestServer(overrides: Partial<Config> = {}, options: AppOptions = {}): Promise<App> {
  const config = testConfig(overrides);
  if (config.neo4j && config.neo4j.uri === process.env.NEO4J_URI) {
    const executor = new Executor(openEngine(config));
    await emptyOurLabels(executor).finally(() => executor.close());
  }
  return startApp(config, { log: () => undefined, ...options });
}

/** The body of a GraphQL response. */
export interface GraphQLBody<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** Given a server URL, a document and variables, POSTs them to /graphql and returns the status and body. */
export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}
