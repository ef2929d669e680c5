import type { Neo4jSettings } from './store/index.js';

/** The limits every GraphQL request is held to before and while it runs. */
export interface RequestLimits {
  /** Worst-case number of list items (nodes) one operation may ask for, counted as GitHub does. */
  maxNodes: number;
  /** Rows an operation may make the store read, counting each top-level list as its type's size (LabelSizes). */
  maxRows: number;
  /** Deepest field nesting of an operation, fragments included. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens of one document, counted before it is parsed. */
  maxTokens: number;
  /** How deep braces, brackets and parentheses may nest in a document, checked before it is parsed. */
  maxNesting: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Time a request may take, in milliseconds; at the deadline it gets TIMEOUT and starts no further statement. */
  timeoutMs: number;
  /** Requests one client may have in flight at once; more answer 429. */
  maxConcurrentPerClient: number;
}

/** The cost budget each client may spend per window. */
export interface RateLimitSettings {
  /** Cost points per client per window; a request costs max(1, ceil(nodes / 100)) points. */
  points: number;
  windowSeconds: number;
  /** Redis URL of a budget shared by every instance; in memory (one instance) when unset. */
  redisUrl: string | undefined;
}

/** Everything the process reads from its environment, validated once at start-up. */
export interface Config {
  host: string;
  port: number;
  /** Directory of the embedded graph, or `:memory:`; unused when `neo4j` is set. */
  graphPath: string;
  neo4j: Neo4jSettings | undefined;
  /** Load the seed bundles when the store holds no node yet. */
  seedOnStart: boolean;
  /** SEED_HISTORY: seed the program's later history (`seeds/history/`) after the 2017 release; on unless turned off. */
  seedHistory: boolean;
  /** EXPOSE_ERRORS: GraphQL and HTTP errors carry stack traces and internal messages; off unless turned on. */
  exposeErrors: boolean;
  /** LOG_LEVEL: pino's level (fatal, error, warn, info, debug, trace, silent). */
  logLevel: string;
  /** LOG_CYPHER: log every statement (name, mode, rows, time, text) at info level. */
  logStatements: boolean;
  /** LOG_CYPHER_PARAMS: with LOG_CYPHER, log statement parameters too instead of redacting them. */
  logStatementParams: boolean;
  /** TRUST_PROXY: take the client address from X-Forwarded-For (Express's `trust proxy`); false by default. */
  trustProxy: string | boolean | number;
  /** Time given to requests in flight to finish on SIGTERM, in milliseconds, before they are cut off with a coded error. */
  shutdownGraceMs: number;
  /** RESPONSE_CACHE_MB, in bytes: the most memory complete answers are kept in, by query and data version; 0 keeps none. */
  responseCacheBytes: number;
  limits: RequestLimits;
  rateLimit: RateLimitSettings;
}

/** A setting is missing or malformed; the message lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  problems.push(`${name} must be true or false, got ${JSON.stringify(raw)}`);
  return fallback;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    return fallback;
  }
  return value;
}

function trustProxy(raw: string | undefined, problems: string[]): string | boolean | number {
  if (raw === undefined || raw === '' || /^(0|false|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[\w.:/, -]+$/.test(raw)) return raw;
  problems.push(`TRUST_PROXY must be false, true, a number of hops or a list of addresses, got ${JSON.stringify(raw)}`);
  return false;
}

/** Given the process environment, returns the configuration, or throws a ConfigError naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const port = whole(env, 'PORT', 4000, 0, 65535, problems);
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

  const seedOnStart = flag(env, 'SEED_ON_START', true, problems);
  const seedHistory = flag(env, 'SEED_HISTORY', true, problems);
  const exposeErrors = flag(env, 'EXPOSE_ERRORS', false, problems);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(logLevel)}`);
  const logStatements = flag(env, 'LOG_CYPHER', false, problems);
  const logStatementParams = flag(env, 'LOG_CYPHER_PARAMS', false, problems);

  const limits: RequestLimits = {
    maxNodes: whole(env, 'LIMIT_NODES', 50_000, 1, 10_000_000, problems),
    maxRows: whole(env, 'LIMIT_ROWS', 1_000_000, 1, 1_000_000_000, problems),
    maxDepth: whole(env, 'LIMIT_DEPTH', 15, 1, 1000, problems),
    maxAliases: whole(env, 'LIMIT_ALIASES', 30, 0, 10_000, problems),
    maxDirectives: whole(env, 'LIMIT_DIRECTIVES', 50, 0, 10_000, problems),
    maxTokens: whole(env, 'LIMIT_TOKENS', 5000, 10, 1_000_000, problems),
    maxNesting: whole(env, 'LIMIT_NESTING', 64, 4, 1000, problems),
    maxBodyBytes: whole(env, 'LIMIT_BODY_BYTES', 100_000, 1000, 100_000_000, problems),
    timeoutMs: whole(env, 'REQUEST_TIMEOUT_MS', 10_000, 1, 3_600_000, problems),
    maxConcurrentPerClient: whole(env, 'LIMIT_CONCURRENT_PER_CLIENT', 16, 1, 100_000, problems),
  };
  const rateLimit: RateLimitSettings = {
    points: whole(env, 'RATE_LIMIT_POINTS', 1000, 1, 1_000_000_000, problems),
    windowSeconds: whole(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400, problems),
    redisUrl: env.REDIS_URL || undefined,
  };
  if (rateLimit.redisUrl && !/^rediss?:\/\//.test(rateLimit.redisUrl)) {
    problems.push('REDIS_URL must start with redis:// or rediss://');
  }
  const shutdownGraceMs = whole(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000, problems);
  const responseCacheBytes = whole(env, 'RESPONSE_CACHE_MB', 64, 0, 65_536, problems) * 2 ** 20;
  const proxy = trustProxy(env.TRUST_PROXY, problems);

  if (problems.length) throw new ConfigError(problems);
  return {
    host,
    port,
    graphPath,
    neo4j,
    seedOnStart,
    seedHistory,
    exposeErrors,
    logLevel,
    logStatements,
    logStatementParams,
    trustProxy: proxy,
    shutdownGraceMs,
    responseCacheBytes,
    limits,
    rateLimit,
  };
}
