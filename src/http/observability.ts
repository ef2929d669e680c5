import type { Request, Response } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { StatementEvent } from '../store/index.js';
import type { RequestState } from './requests.js';
import { requestId } from './requests.js';

/**
 * Given a level and optionally where to write, returns the process's JSON logger. Credentials never reach a line:
 * API keys, authorization and cookie headers, and the Neo4j password are redacted wherever they appear.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'oncology-program-graph' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', 'password', '*.password'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Paths that are probed often and logged only at debug level. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

function pathOf(req: Request): string {
  return (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
}

/** Given the logger, returns the Express middleware that writes one JSON line per request, with its id echoed as `x-request-id`. */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestId(req as Request);
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      return QUIET_PATHS.has(pathOf(req as Request)) ? 'debug' : 'info';
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessObject: (_req, res, value: Record<string, unknown>) => ({ ...value, ...graphqlFields(res as Response) }),
    customErrorObject: (_req, res, _error, value: Record<string, unknown>) => ({ ...value, ...graphqlFields(res as Response) }),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req as Request)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req as Request)} ${res.statusCode}`,
  });
}

function graphqlFields(res: Response): Record<string, unknown> {
  const state = res.locals.request as RequestState | undefined;
  if (!state) return {};
  return {
    graphql: { operation: state.operationName, nodes: state.nodes, rows: state.rows, points: state.points, cached: state.cached, errors: state.errorCodes },
    client: state.client,
  };
}

/**
 * Keeps a label's values few: the known values always count as themselves; past `max` other distinct values, the
 * rest are counted as `_other`, so clients cannot fill the registry (nor push the known names out).
 */
class BoundedLabel {
  private readonly seen = new Set<string>();
  constructor(
    private readonly known: ReadonlySet<string>,
    private readonly max: number,
  ) {}

  /** Given a value a client chose, returns it, or `_other` when too many distinct values were seen. */
  of(value: string | null): string {
    const name = value && /^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(value) ? value : '_anonymous';
    if (this.known.has(name) || this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return '_other';
    this.seen.add(name);
    return name;
  }
}

/** The Prometheus metrics of one server, in its own registry (served at `/metrics`). */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations: BoundedLabel;
  private readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, or the first error code).',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from the start of a GraphQL request to its response, by operation name.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly statements = new Histogram({
    name: 'store_statement_duration_seconds',
    help: 'Time of each store statement, by statement name and mode.',
    labelNames: ['statement', 'mode'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'graphql_refusals_total',
    help: 'Operations refused before they ran, by the limit they went over.',
    labelNames: ['limit'],
    registers: [this.registry],
  });
  private readonly cache = new Counter({
    name: 'graphql_response_cache_total',
    help: 'Queries looked up in the response cache, by outcome (hit or miss).',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  private readonly limited = new Counter({
    name: 'rate_limited_requests_total',
    help: 'Requests refused with 429 because their client had spent its budget.',
    registers: [this.registry],
  });

  /** Given the operation names to count always (the example operations'), makes the registry. */
  constructor(knownOperations: Iterable<string> = []) {
    this.operations = new BoundedLabel(new Set(knownOperations), 200);
    // Includes nodejs_eventloop_lag_seconds and the event-loop delay percentiles, memory and CPU.
    collectDefaultMetrics({ register: this.registry });
  }

  /** Given a finished request's operation name, outcome and duration, counts it. */
  request(operation: string | null, outcome: string, seconds: number): void {
    const name = this.operations.of(operation);
    this.requests.inc({ operation: name, outcome });
    this.latency.observe({ operation: name }, seconds);
  }

  /** Given a statement the executor ran, records its duration. */
  statement(event: StatementEvent): void {
    this.statements.observe({ statement: event.name, mode: event.mode }, event.ms / 1000);
  }

  /** Given the limit an operation went over, counts the refusal. */
  refused(limit: string): void {
    this.refusals.inc({ limit });
  }

  /** Counts a query looked up in the response cache. */
  responseCache(outcome: 'hit' | 'miss'): void {
    this.cache.inc({ outcome });
  }

  /** Counts a request refused for lack of budget. */
  rateLimited(): void {
    this.limited.inc();
  }
}
