import type { AccessMode, Engine, Row } from './engine.js';
import { StoreQueryError, StoreUnavailableError } from './errors.js';
import type { Statement } from './query-builder.js';

/** What the executor reports after each statement: for debug logs, metrics and the batching tests. */
export interface StatementEvent {
  name: string;
  mode: AccessMode;
  rows: number;
  ms: number;
  text: string;
  params: Record<string, unknown>;
}

/** Runs statements inside an open transaction of the executor. */
export type RunInTransaction = (statement: Statement) => Promise<Row[]>;

/**
 * The one door to the database. Every statement goes through it with an explicit READ or WRITE mode; it maps
 * results to plain values (the engines already do), reports each statement to its observers and translates
 * engine errors into store errors that carry the statement's name.
 */
export class Executor {
  private readonly observers = new Set<(event: StatementEvent) => void>();

  constructor(readonly engine: Engine) {}

  /** Given an observer, calls it after every statement until the returned function is called. */
  observe(observer: (event: StatementEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Given a read statement, returns its rows. */
  read(statement: Statement): Promise<Row[]> {
    return this.transaction('READ', (run) => run(statement));
  }

  /** Given a write statement, runs it in its own transaction and returns its rows. */
  write(statement: Statement): Promise<Row[]> {
    return this.transaction('WRITE', (run) => run(statement));
  }

  /** Given a mode and some work, runs all of the work's statements in one transaction: all of it lands or none. */
  transaction<T>(mode: AccessMode, work: (run: RunInTransaction) => Promise<T>): Promise<T> {
    return this.engine.transaction(mode, (runText) =>
      work(async (statement) => {
        const started = performance.now();
        let rows: Row[];
        try {
          rows = await runText(statement.text, statement.params);
        } catch (error) {
          if (error instanceof StoreUnavailableError || this.engine.isTransient(error)) throw error;
          throw new StoreQueryError(statement.name, (error as Error).message, { cause: error });
        }
        const event: StatementEvent = {
          name: statement.name,
          mode,
          rows: rows.length,
          ms: performance.now() - started,
          text: statement.text,
          params: statement.params,
        };
        for (const observer of this.observers) observer(event);
        return rows;
      }),
    );
  }

  /** Resolves when the database answers. */
  ping(): Promise<void> {
    return this.engine.ping();
  }

  /** Closes the database connection or file. */
  close(): Promise<void> {
    return this.engine.close();
  }
}
