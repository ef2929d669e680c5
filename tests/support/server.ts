import { expect } from 'vitest';
import { type App, type AppOptions, startApp } from '../../src/app.js';
import { loadBundle } from '../../src/ingest/load-bundle.js';
import { type Config, readConfig } from '../../src/config.js';
import { createLogger } from '../../src/http/observability.js';
import { Executor, openEngine } from '../../src/store/index.js';
import { emptyOurLabels } from './engines.js';

/**
 * Settings for a throwaway API on a free port of 127.0.0.1, seeded, with the production defaults (no stack traces,
 * the default limits): on the Neo4j of NEO4J_URI when it is set, on an in-memory embedded store otherwise.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const defaults = readConfig({});
  return {
    ...defaults,
    port: 0,
    graphPath: ':memory:',
    neo4j: process.env.NEO4J_URI ? readConfig().neo4j : undefined,
    // Test files share 127.0.0.1 as their client address; a budget this large never limits them unless asked.
    rateLimit: { ...defaults.rateLimit, points: 1_000_000 },
    // The suites pin the 2017 release's answers; those about the later history turn it on.
    seedHistory: false,
    ...overrides,
  };
}

/** Returns a logger that keeps its JSON lines in `lines` (parsed), for tests that read what the server logged. */
export function capturingLogger(level = 'info') {
  const lines: Record<string, any>[] = [];
  const logger = createLogger(level, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines, messages: () => lines.map((line) => String(line.msg)) };
}

/** Starts the full API (GraphQL, explorer, health) on 127.0.0.1 over an emptied store, with the seed data loaded. */
export async function startTestServer(overrides: Partial<Config> = {}, options: AppOptions = {}): Promise<App> {
  const config = testConfig(overrides);
  if (config.neo4j && config.neo4j.uri === process.env.NEO4J_URI) {
    const executor = new Executor(openEngine(config));
    await emptyOurLabels(executor).finally(() => executor.close());
  }
  return startApp(config, { logger: createLogger('silent'), ...options });
}

/**
 * Given a running API and a bundle, loads it through the API's executor and waits until the server has taken it in
 * (the data version read again, the labels counted), so that what a test counts next is its own request's work.
 */
export async function loadSettled(app: App, bundle: unknown) {
  const summary = await loadBundle(app.executor, bundle);
  await app.graphState.refresh();
  return summary;
}

/** The body of a GraphQL response. */
export interface GraphQLBody<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
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

/** Given a server URL, a document and variables, POSTs them and returns the answer's data, failing the test on any error. */
export async function dataOf(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { body } = await graphql(url, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}
