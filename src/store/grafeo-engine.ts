import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { GrafeoDB } from '@grafeo-db/js';
import type { AccessMode, Engine, Row, RunStatement } from './engine.js';
import { StoreQueryError, StoreUnavailableError } from './errors.js';
import { SEARCH_TEXT, type SearchableLabel, type TextHit } from './search-text.js';
import { toEmbeddedParams } from './values.js';

type Database = GrafeoDB;

/**
 * Loads the native package only when the embedded engine is opened, so a server on Neo4j starts on a platform for
 * which `@grafeo-db/js` ships no binary.
 */
function grafeoClass(): typeof GrafeoDB {
  return (createRequire(import.meta.url)('@grafeo-db/js') as { GrafeoDB: typeof GrafeoDB }).GrafeoDB;
}

/** Reads nodes by the engine's own numbers, which its text index answers with (a seek, not a scan). */
const FIND_BY_ENGINE_ID = 'MATCH (n) WHERE id(n) IN $keys RETURN id(n) AS key, n {.*} AS node';

/** The file name of the embedded database inside `GRAPH_PATH`. */
export const EMBEDDED_FILE = 'graph.grafeo';

/**
 * Given `GRAPH_PATH` (a directory, or `:memory:`), returns an engine over an embedded Grafeo database.
 * Writes are serialised in-process: Grafeo aborts concurrent writers with a write conflict instead of waiting.
 */
export function openGrafeoEngine(graphPath: string): Engine {
  const inMemory = graphPath === ':memory:';
  const location = inMemory ? ':memory:' : join(resolve(graphPath), EMBEDDED_FILE);
  let db: Database;
  try {
    const GrafeoDB = grafeoClass();
    if (!inMemory) mkdirSync(resolve(graphPath), { recursive: true });
    db = inMemory ? GrafeoDB.create() : GrafeoDB.create(location);
  } catch (error) {
    throw new StoreUnavailableError(`cannot open the embedded graph at ${location}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  let writeQueue: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function runInTransaction<T>(work: (run: RunStatement) => Promise<T>): Promise<T> {
    if (closed) throw new StoreUnavailableError(`the embedded graph at ${location} is closed`);
    const tx = db.beginTransaction();
    // Grafeo cannot cancel a statement: one whose caller gave up (a deadline) runs to its end, and the transaction
    // may only be rolled back once it has.
    let running: Promise<unknown> = Promise.resolve();
    const run: RunStatement = async (text, params) => {
      const statement = tx.executeCypher(text, toEmbeddedParams(params));
      running = statement.catch(() => undefined);
      return (await statement).toArray() as Row[];
    };
    try {
      const value = await work(run);
      tx.commit();
      return value;
    } catch (error) {
      await running;
      if (tx.isActive) tx.rollback();
      throw error;
    }
  }

  return {
    kind: 'embedded',
    location,
    transaction<T>(mode: AccessMode, work: (run: RunStatement) => Promise<T>): Promise<T> {
      if (mode === 'READ') return runInTransaction(work);
      const next = writeQueue.then(() => runInTransaction(work));
      writeQueue = next.catch(() => undefined);
      return next;
    },
    isTransient: () => false,
    async prepareTextSearch(labels) {
      // Every word kept, stop words included: the terms are folded words and trigrams, and "the" is a trigram of "other".
      for (const label of labels) await db.createTextIndex(label, SEARCH_TEXT, { tokenizer: 'standard', stopWords: [] });
    },
    async searchText(search, run) {
      // The text index answers with the engine's own node numbers; one statement then reads those nodes by number.
      const found = new Map<number, SearchableLabel>();
      const query = search.terms.join(' ');
      for (const label of search.labels) {
        for (const [key] of await db.textSearch(label, SEARCH_TEXT, query, search.perLabel)) found.set(key as number, label);
      }
      if (!found.size) return [];
      const rows = await run(FIND_BY_ENGINE_ID, { keys: [...found.keys()] });
      return rows.flatMap((row): TextHit[] => {
        const label = found.get(row.key as number);
        return label ? [{ label, node: row.node as Record<string, unknown> }] : [];
      });
    },
    async check(text) {
      try {
        await db.executeCypher(`EXPLAIN ${text}`);
      } catch (error) {
        throw new StoreQueryError('EXPLAIN', (error as Error).message, { cause: error });
      }
    },
    async ping() {
      if (closed) throw new StoreUnavailableError(`the embedded graph at ${location} is closed`);
      await db.executeCypher('RETURN 1 AS ok');
    },
    async close() {
      if (closed) return;
      closed = true;
      await writeQueue;
      db.close();
    },
  };
}
