import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import grafeo from '@grafeo-db/js';
import type { AccessMode, Engine, Row, RunStatement } from './engine.js';
import { StoreQueryError, StoreUnavailableError } from './errors.js';
import { toEmbeddedParams } from './values.js';

const { GrafeoDB } = grafeo;
type Database = InstanceType<typeof GrafeoDB>;

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
    const run: RunStatement = async (text, params) => {
      const result = await tx.executeCypher(text, toEmbeddedParams(params));
      return result.toArray() as Row[];
    };
    try {
      const value = await work(run);
      tx.commit();
      return value;
    } catch (error) {
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
