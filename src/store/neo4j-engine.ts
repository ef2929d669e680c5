import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { AccessMode, Engine, Row, RunStatement, TransactionOptions } from './engine.js';
import { CancelledError, StoreQueryError, StoreUnavailableError } from './errors.js';
import { SEARCH_TEXT, SEARCH_TEXT_VERSION, type SearchableLabel, type TextHit } from './search-text.js';
import { int, toDriverParams, toPlain } from './values.js';

/**
 * Given a searchable label, returns the name of its full-text index. One index per label, so each label gets its own
 * `perLabel` candidates as on the embedded engine. The name carries the version of the terms' rule: Neo4j keeps one
 * full-text index per label and property and `IF NOT EXISTS` never alters one, so `prepareTextSearch` drops the
 * indexes of other versions (and the one index of every label of the first release, `graph_search`) first.
 */
function searchIndexName(label: SearchableLabel): string {
  return `search_${label.toLowerCase()}_v${SEARCH_TEXT_VERSION}`;
}

/**
 * Given a searchable label (an identifier from the graph's allow-list), returns the statement creating its full-text
 * index over the search terms. The whitespace analyzer keeps the terms as the import folded them.
 */
export function fulltextIndexStatement(label: SearchableLabel): string {
  return `CREATE FULLTEXT INDEX ${searchIndexName(label)} IF NOT EXISTS FOR (n:${label}) ON EACH [n.${SEARCH_TEXT}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'whitespace'}}`;
}

/** Lists this graph's full-text search indexes whose names are not among `$current`: those of another rule version. */
export const STALE_SEARCH_INDEXES = [
  'SHOW FULLTEXT INDEXES YIELD name',
  "WHERE (name STARTS WITH 'search_' OR name = 'graph_search') AND NOT name IN $current",
  'RETURN name',
].join('\n');

/**
 * Finds the best `$limit` nodes of each label of `$searches` ({ label, index }) for the terms in `$query` (letters and
 * digits only: nothing Lucene parses).
 */
export const FULLTEXT_SEARCH = [
  'UNWIND $searches AS search',
  'CALL db.index.fulltext.queryNodes(search.index, $query, {limit: $limit}) YIELD node',
  'RETURN search.label AS label, node {.*} AS node',
].join('\n');

/** How to reach a Neo4j server or cluster; `uri` is `neo4j://` (routing) or `bolt://` (one server). */
export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Transient by their code, yet not the database being away: a transaction ended on purpose. */
const NOT_OUTAGES = new Set(['Neo.TransientError.Transaction.Terminated', 'Neo.TransientError.Transaction.LockClientStopped']);

function errorCode(error: unknown): string {
  return (error as { code?: unknown }).code?.toString() ?? '';
}

/** Given a driver error, tells whether the connection rather than the statement failed. */
function isTransient(error: unknown): boolean {
  const code = errorCode(error);
  // The pool's timeout comes without a code: a server that takes connections but never answers.
  const poolTimedOut = /^Connection acquisition timed out/.test((error as Error).message ?? '');
  return UNAVAILABLE_CODES.has(code) || (code.startsWith('Neo.TransientError.') && !NOT_OUTAGES.has(code)) || poolTimedOut;
}

/** Given an error out of a transaction, returns it as a store error naming the URI, never the password. */
function translate(error: unknown, uri: string): Error {
  if (/TransactionTimedOut/.test(errorCode(error))) return new CancelledError('deadline', 'Neo4j ended the transaction at its timeout');
  if (error instanceof StoreQueryError || error instanceof StoreUnavailableError || !isTransient(error)) {
    return error as Error;
  }
  const message = (error as Error).message ?? String(error);
  return new StoreUnavailableError(`Neo4j at ${uri} is unavailable (${errorCode(error)}): ${message}`, { cause: error });
}

/**
 * Given connection settings, returns an engine over Neo4j: reads through `executeRead` (routed to
 * followers and read replicas on a cluster), writes through `executeWrite`, retried by the driver on transient errors.
 */
export function openNeo4jEngine(settings: Neo4jSettings): Engine {
  // An API request should fail within seconds when the cluster is away, not after the driver's default 30 s of retries.
  const driver: Driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    userAgent: 'oncology-program-graph',
    maxTransactionRetryTime: 5_000,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
  });
  // One bookmark manager for every session: a read routed to a follower sees the writes this process made.
  const bookmarkManager = neo4j.bookmarkManager();
  const sessionConfig = (mode: AccessMode) => ({
    database: settings.database,
    bookmarkManager,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });

  async function transaction<T>(mode: AccessMode, work: (run: RunStatement) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const session = driver.session(sessionConfig(mode));
    const body = (tx: ManagedTransaction) =>
      work(async (text, params) => {
        const result = await tx.run(text, toDriverParams(params));
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      });
    // The server ends the transaction at the request's deadline too, so an abandoned statement stops using the cluster.
    const config = options.timeoutMs === undefined ? undefined : { timeout: Math.max(1, Math.ceil(options.timeoutMs)) };
    try {
      return mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      throw translate(error, settings.uri);
    } finally {
      await session.close();
    }
  }

  return {
    kind: 'neo4j',
    location: settings.uri,
    transaction,
    isTransient,
    async prepareTextSearch(labels) {
      const current = labels.map(searchIndexName);
      const stale = await transaction('READ', (run) => run(STALE_SEARCH_INDEXES, { current }));
      // An index name cannot be a parameter: only names of the form this code gives (letters, digits, _) are dropped.
      const droppable = stale.map(({ name }) => String(name)).filter((name) => /^\w+$/.test(name));
      for (const name of droppable) await transaction('WRITE', (run) => run(`DROP INDEX ${name} IF EXISTS`, {}));
      for (const label of labels) await transaction('WRITE', (run) => run(fulltextIndexStatement(label), {}));
    },
    async searchText(search, run) {
      const searches = search.labels.map((label) => ({ label, index: searchIndexName(label) }));
      const rows = await run(FULLTEXT_SEARCH, { searches, query: search.terms.join(' '), limit: int(search.perLabel) });
      return rows.map((row): TextHit => ({ label: row.label as SearchableLabel, node: row.node as Record<string, unknown> }));
    },
    async check(text) {
      await transaction('READ', (run) => run(`EXPLAIN ${text}`, {}));
    },
    async ping() {
      try {
        await driver.verifyConnectivity({ database: settings.database });
      } catch (error) {
        throw new StoreUnavailableError(`Neo4j at ${settings.uri} is unreachable: ${(error as Error).message}`, {
          cause: error,
        });
      }
    },
    close: () => driver.close(),
  };
}
