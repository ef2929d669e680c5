import type { Neo4jSettings } from './store/index.js';

/** Everything the process reads from its environment, validated once at start-up. */
export interface Config {
  host: string;
  port: number;
  /** Directory of the embedded graph, or `:memory:`; unused when `neo4j` is set. */
  graphPath: string;
  neo4j: Neo4jSettings | undefined;
  /** Load the seed bundles when the store holds no node yet. */
  seedOnStart: boolean;
  /** NODE_ENV is development (the default): GraphQL errors carry stack traces and internal messages. */
  development: boolean;
  /** LOG_CYPHER: log every statement with its parameters, row count and time. */
  logStatements: boolean;
}

/** A setting is missing or malformed; the message lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  problems.push(`${name} must be true or false, got ${JSON.stringify(raw)}`);
  return fallback;
}

/** Given the process environment, returns the configuration, or throws a ConfigError naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const rawPort = env.PORT ?? '4000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) problems.push(`PORT must be a whole number from 0 to 65535, got ${JSON.stringify(rawPort)}`);

  const host = env.HOST || '127.0.0.1';
  const graphPath = env.GRAPH_PATH || './data';

  let neo4j: Neo4jSettings | undefined;
  const uri = env.NEO4J_URI;
  if (uri) {
    if (!/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/@]+(\/[^@]*)?$/.test(uri)) {
      // Credentials go in NEO4J_USERNAME and NEO4J_PASSWORD, so the URI can be logged and shown as it is.
      const shown = uri.replace(/^([a-z0-9+]+:\/\/).*@/i, '$1***@');
      problems.push(`NEO4J_URI must look like neo4j://host:7687 or bolt://host:7687, without credentials, got ${JSON.stringify(shown)}`);
    }
    if (!env.NEO4J_PASSWORD) problems.push('NEO4J_PASSWORD is required when NEO4J_URI is set');
    neo4j = {
      uri,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  }

  const development = (env.NODE_ENV ?? 'development') === 'development';
  const seedOnStart = flag(env, 'SEED_ON_START', true, problems);
  const logStatements = flag(env, 'LOG_CYPHER', false, problems);

  if (problems.length) throw new ConfigError(problems);
  return { host, port, graphPath, neo4j, seedOnStart, development, logStatements };
}
