import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { AccessMode, Engine, Row, RunStatement, TransactionOptions } from './engine.js';
import { CancelledError, StoreQueryError, StoreUnavailableError } from './errors.js';
import { SEARCH_TEXT, SEARCH_TEXT_VERSION, type SearchableLabel, type TextHit } from './search-text.js';
import { int, toDriverParams, toPlain } from './values.js';

/**
 * Given a searchable label, returns the name of its full-text index. One index per label, so each label gets its own
 * `perLabel` candidates as on the embedded engine. The name carries the version of the terms' rule: Neo4j keeps one
 * full-text index per label and property and `IF NOT EXISTS` never alters one, so `prepareTextSearch` drops this
 * label's search index of an older version first (`olderSearchIndexes`), never a newer one nor another's.
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

/** Lists the database's full-text indexes with the labels and properties each covers. */
export const FULLTEXT_INDEXES = 'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties';

/**
 * Given the full-text indexes of the database and the searchable labels, returns the names of this graph's search
 * indexes of an older rule version: `search_<label>_v<n>` with n below the current version, on that label's search
 * terms alone. A newer version's index (a process of a later release) and anyone else's index are kept.
 */
export function olderSearchIndexes(indexes: Row[], labels: readonly SearchableLabel[]): string[] {
  return searchIndexVersions(indexes, labels).flatMap(({ name, version }) => (version < SEARCH_TEXT_VERSION ? [name] : []));
}

/**
 * Given the full-text indexes of the database and the searchable labels, returns this graph's search indexes (named
 * `search_<label>_v<n>`, on that label's search terms alone) with their rule versions.
 */
function searchIndexVersions(indexes: Row[], labels: readonly SearchableLabel[]): { name: string; version: number }[] {
  return indexes.flatMap((index) => {
    const name = String(index.name);
    const match = /^search_([a-z]+)_v(\d+)$/.exec(name);
    const label = labels.find((candidate) => candidate.toLowerCase() === match?.[1]);
    const ours = label !== undefined && JSON.stringify(index.labelsOrTypes) === JSON.stringify([label]) && JSON.stringify(index.properties) === JSON.stringify([SEARCH_TEXT]);
    return ours ? [{ name, version: Number(match?.[2]) }] : [];
  });
}

/**
 * Given the full-text indexes of the database and the searchable labels, returns why this release cannot search the
 * store, or undefined: a search index of a newer rule version means a later release wrote the terms (Neo4j keeps one
 * full-text index per label and property, so this release's cannot be created beside it).
 */
export function newerSearchIndex(indexes: Row[], labels: readonly SearchableLabel[]): string | undefined {
  const newer = searchIndexVersions(indexes, labels).find(({ version }) => version > SEARCH_TEXT_VERSION);
  return newer && `the Neo4j search index ${newer.name} follows version ${newer.version} of the search terms, newer than this release's ${SEARCH_TEXT_VERSION}: run the release that wrote it, or drop the index and let this one write the terms again`;
}

/** Given the name of an index `olderSearchIndexes` found (letters, digits and _ only), returns the statement dropping it. */
export function dropIndexStatement(name: string): string {
  if (!/^\w+$/.test(name)) throw new Error(`refusing to drop an index named ${JSON.stringify(name)}`);
  return `DROP INDEX ${name} IF EXISTS`;
}

/** Waits until the search index `$name` is online (a new index is filled in the background), for at most 300 s. */
export const AWAIT_SEARCH_INDEX = 'CALL db.awaitIndex($name, 300)';

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
      const indexes = await transaction('READ', (run) => run(FULLTEXT_INDEXES, {}));
      const newer = newerSearchIndex(indexes, labels);
      if (newer) throw new Error(newer);
      for (const name of olderSearchIndexes(indexes, labels)) await transaction('WRITE', (run) => run(dropIndexStatement(name), {}));
      for (const label of labels) await transaction('WRITE', (run) => run(fulltextIndexStatement(label), {}));
      for (const label of labels) await transaction('READ', (run) => run(AWAIT_SEARCH_INDEX, { name: searchIndexName(label) }));
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
